package org.storydiff.cluster;

/**
 * 64-bit ids for clustering terms, so a million article vectors and the corpus's document
 * frequencies fit in memory as primitive arrays instead of strings. The id is 64-bit FNV-1a over
 * the term's UTF-16 chars, mixed with MurmurHash3's fmix64 finalizer, with its two lowest bits
 * replaced by the term's {@link Kind}. Two of ten million distinct terms collide with probability
 * about 3e-6; a collision only merges two terms' weights, which clustering tolerates. The ids are
 * part of the {@code stories/} output (story centroids), so this function must never change.
 * Stateless and thread-safe.
 */
public final class TermHash {

  /** What a term is, from its prefix ("e:", "n:", "d:"), kept in the id's two lowest bits. */
  public enum Kind {
    CONTENT,
    ENTITY,
    NUMBER,
    DATE;

    static Kind of(String term) {
      if (term.length() > 2 && term.charAt(1) == ':') {
        switch (term.charAt(0)) {
          case 'e':
            return ENTITY;
          case 'n':
            return NUMBER;
          case 'd':
            return DATE;
          default:
            break;
        }
      }
      return CONTENT;
    }
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final Kind[] KINDS = Kind.values();

  private TermHash() {}

  public static long of(String term) {
    long h = FNV_OFFSET;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      h = (h ^ (c & 0xff)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (h & ~3L) | Kind.of(term).ordinal();
  }

  public static Kind kind(long id) {
    return KINDS[(int) (id & 3)];
  }

  /**
   * Names, numbers and dates: terms that tell one event from another of the same kind. Such a term
   * stays in an article's vector even when no other article has it (see {@link TermVector#weigh}).
   */
  public static boolean isSpecific(long id) {
    return (id & 3) != 0;
  }
}
