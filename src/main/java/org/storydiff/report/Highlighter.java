package org.storydiff.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Fact;
import org.storydiff.model.FactKind;
import org.storydiff.model.Sentence;

/**
 * Cuts a sentence into runs marked by the figures and quotes that overlap it. Offsets are UTF-16
 * indexes into the body (as everywhere in the model); a fact reaching outside the sentence is
 * clipped to it, and a cut never falls inside a surrogate pair, so an emoji is never split.
 * Thread-safe: stateless.
 */
final class Highlighter {

  private Highlighter() {}

  static List<TextSegment> highlight(AnalyzedArticle version, Sentence sentence) {
    String body = version.body();
    int from = sentence.start();
    int to = Math.min(sentence.end(), body.length());
    List<Fact> facts =
        version.facts().stream().filter(f -> f.start() < to && f.end() > from).toList();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    for (Fact f : facts) {
      cuts.add(safeCut(body, Math.max(from, f.start())));
      cuts.add(safeCut(body, Math.min(to, f.end())));
    }
    List<TextSegment> segments = new ArrayList<>();
    Integer start = cuts.first();
    for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
      segments.add(segment(body, start, end, facts));
    }
    return merge(segments);
  }

  private static TextSegment segment(String body, int start, int end, List<Fact> facts) {
    boolean figure = false;
    boolean quote = false;
    for (Fact f : facts) {
      if (f.start() <= start && end <= f.end()) {
        figure |= f.kind() == FactKind.FIGURE;
        quote |= f.kind().findingKind() == FactKind.QUOTE;
      }
    }
    return new TextSegment(body.substring(start, end), figure, quote);
  }

  /** Joins neighbouring unmarked runs, which the cuts of facts elsewhere may have split. */
  private static List<TextSegment> merge(List<TextSegment> segments) {
    List<TextSegment> merged = new ArrayList<>();
    for (TextSegment s : segments) {
      int last = merged.size() - 1;
      if (last >= 0 && !s.marked() && !merged.get(last).marked()) {
        merged.set(last, new TextSegment(merged.get(last).text() + s.text(), false, false));
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  private static int safeCut(String body, int index) {
    if (index > 0
        && index < body.length()
        && Character.isLowSurrogate(body.charAt(index))
        && Character.isHighSurrogate(body.charAt(index - 1))) {
      return index - 1;
    }
    return index;
  }
}
