package org.storydiff.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Sentence;

/**
 * The HTML ids of one story page's sentences, {@code <articleId-safe>-s<index>}, and the lookup of
 * the sentence that holds a body offset. The safe form keeps {@code [A-Za-z0-9_-]} and replaces the
 * rest with {@code '_'}; if two versions of the story would then share a prefix, the later one gets
 * its position appended, so every id on a page is unique. Immutable, thread-safe.
 */
final class Anchors {

  private final Map<String, String> prefixByArticle = new HashMap<>();
  private final Map<String, AnalyzedArticle> versionById = new HashMap<>();

  Anchors(List<AnalyzedArticle> versions) {
    Set<String> used = new HashSet<>();
    for (int v = 0; v < versions.size(); v++) {
      String id = versions.get(v).id();
      String prefix = safe(id);
      if (!used.add(prefix)) {
        prefix = prefix + "-v" + v;
        used.add(prefix);
      }
      prefixByArticle.put(id, prefix);
      versionById.put(id, versions.get(v));
    }
  }

  /** The id of sentence {@code index} of {@code articleId}. */
  String sentence(String articleId, int index) {
    return prefixByArticle.get(articleId) + "-s" + index;
  }

  /**
   * The anchor of the sentence of {@code articleId} that holds UTF-16 offset {@code offset}: the
   * sentence whose span contains it, else (an offset in the whitespace between sentences) the last
   * sentence starting before it. Empty for an unknown article or an offset before every sentence.
   */
  Optional<String> sentenceAt(String articleId, int offset) {
    OptionalInt index = sentenceIndexAt(articleId, offset);
    return index.isPresent()
        ? Optional.of(sentence(articleId, index.getAsInt()))
        : Optional.empty();
  }

  /** The index of the sentence {@link #sentenceAt} finds. */
  OptionalInt sentenceIndexAt(String articleId, int offset) {
    AnalyzedArticle version = versionById.get(articleId);
    if (version == null) {
      return OptionalInt.empty();
    }
    Sentence best = null;
    for (Sentence s : version.sentences()) {
      if (s.start() <= offset && (best == null || s.start() >= best.start())) {
        best = s;
      }
    }
    return best == null ? OptionalInt.empty() : OptionalInt.of(best.index());
  }

  Optional<AnalyzedArticle> version(String articleId) {
    return Optional.ofNullable(versionById.get(articleId));
  }

  static String safe(String articleId) {
    StringBuilder out = new StringBuilder();
    articleId.codePoints().forEach(cp -> out.append(isKept(cp) ? (char) cp : '_'));
    return out.length() == 0 ? "a" : out.toString();
  }

  private static boolean isKept(int cp) {
    return (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || cp == '_'
        || cp == '-';
  }
}
