package org.storydiff.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The tokens of a text's sentences, made once by analysis ({@code text.SentenceTokenizer}) and read
 * by every later stage (clustering, alignment, the diff, the report's word diff), so no stage
 * tokenizes again and all agree on what a token, a norm and a content word ({@code
 * text.ContentWords}) are.
 *
 * <p>Compact: parallel arrays, one entry per token, not an object per token. Token {@code i} covers
 * {@code [start(i), end(i))}, UTF-16 indexes into the analysed text (an article body, or a title);
 * the tokens of sentence {@code s} are {@code [first(s), first(s + 1))}. {@link #norm} is the
 * comparison form ({@link Token#norm()}); {@link #stem} the stem ({@code text.LightStemmer}) of a
 * content word, null for any other token. Equal norms and stems share one {@code String}, which
 * keeps memory and serialized size small. Immutable and thread-safe; the arrays are never exposed
 * (the array readers return copies).
 */
public final class SentenceTokens implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int TYPE_MASK = 0x3;

  /** Flag bit: the token starts with a capital letter. */
  public static final int CAPITALIZED = 0x4;

  /** Flag bit: the token is a content word. */
  public static final int CONTENT = 0x8;

  private static final TokenType[] TYPES = TokenType.values();

  private final int[] firsts;
  private final int[] starts;
  private final int[] ends;
  private final byte[] flags;
  private final String[] norms;
  private final String[] stems;

  private SentenceTokens(
      int[] firsts, int[] starts, int[] ends, byte[] flags, String[] norms, String[] stems) {
    this.firsts = firsts;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.norms = norms;
    this.stems = stems;
  }

  /**
   * Tokens from parallel arrays (as {@link #firsts()} and the other array readers give them): the
   * analysis builds them, and serializers rebuild them. The arrays are kept, not copied: the caller
   * hands them over. {@code flags} holds the {@link TokenType} ordinal in bits 0-1, {@link
   * #CAPITALIZED} and {@link #CONTENT}; {@code stems} has a stem exactly where the content flag is
   * set.
   */
  public static SentenceTokens fromArrays(
      int[] firsts, int[] starts, int[] ends, byte[] flags, String[] norms, String[] stems) {
    int n = starts.length;
    if (ends.length != n
        || flags.length != n
        || norms.length != n
        || stems.length != n
        || firsts.length == 0
        || firsts[0] != 0
        || firsts[firsts.length - 1] != n) {
      throw new IllegalArgumentException("inconsistent token arrays: " + n + " tokens");
    }
    for (int i = 0; i < n; i++) {
      if ((stems[i] != null) != ((flags[i] & CONTENT) != 0)) {
        throw new IllegalArgumentException("token " + i + ": a stem exactly for content words");
      }
    }
    return new SentenceTokens(firsts, starts, ends, flags, norms, stems);
  }

  /** Number of sentences. */
  public int sentences() {
    return firsts.length - 1;
  }

  /** Number of tokens. */
  public int size() {
    return starts.length;
  }

  /** Index of sentence {@code s}'s first token; {@code first(sentences())} is {@link #size()}. */
  public int first(int s) {
    return firsts[s];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public String norm(int i) {
    return norms[i];
  }

  /** The stem of a content word, null for any other token. */
  public String stem(int i) {
    return stems[i];
  }

  public TokenType type(int i) {
    return TYPES[flags[i] & TYPE_MASK];
  }

  public boolean isWord(int i) {
    return type(i) == TokenType.WORD;
  }

  public boolean isNumber(int i) {
    return type(i) == TokenType.NUMBER;
  }

  public boolean capitalized(int i) {
    return (flags[i] & CAPITALIZED) != 0;
  }

  /** Whether token {@code i} is a content word. */
  public boolean isContent(int i) {
    return (flags[i] & CONTENT) != 0;
  }

  /** Token {@code i} as an object, for code that works on lists of tokens. */
  public Token token(int i) {
    return new Token(starts[i], ends[i], norms[i], type(i), capitalized(i));
  }

  /** The tokens of sentence {@code s} as objects. */
  public List<Token> tokens(int s) {
    List<Token> out = new ArrayList<>(firsts[s + 1] - firsts[s]);
    for (int i = firsts[s]; i < firsts[s + 1]; i++) {
      out.add(token(i));
    }
    return out;
  }

  /** All tokens, e.g. of a text analysed as one sentence. */
  public List<Token> all() {
    List<Token> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      out.add(token(i));
    }
    return out;
  }

  /** Copies of the arrays, in {@link #fromArrays} order, for serializers. */
  public int[] firsts() {
    return firsts.clone();
  }

  public int[] starts() {
    return starts.clone();
  }

  public int[] ends() {
    return ends.clone();
  }

  public byte[] flags() {
    return flags.clone();
  }

  public String[] norms() {
    return norms.clone();
  }

  public String[] stems() {
    return stems.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SentenceTokens t
        && Arrays.equals(firsts, t.firsts)
        && Arrays.equals(starts, t.starts)
        && Arrays.equals(ends, t.ends)
        && Arrays.equals(flags, t.flags)
        && Arrays.equals(norms, t.norms)
        && Arrays.equals(stems, t.stems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(starts), Arrays.hashCode(ends), Arrays.hashCode(norms));
  }

  @Override
  public String toString() {
    return "SentenceTokens{" + sentences() + " sentences, " + size() + " tokens}";
  }
}
