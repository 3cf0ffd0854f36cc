package org.storydiff.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storydiff.eval.QuoteGold.GoldQuote;

/**
 * Scores predicted quotes of one article against its gold quotes exactly as the shared {@code
 * score_quotes.py} does (the overlap rule of the GGT quote evaluations): both spans are stripped of
 * surrounding spaces, quotation marks, commas and full stops; gold quotes are taken in order, each
 * matched to the unused prediction that overlaps it most, if that overlap is at least 0.3 of the
 * longer span. A speaker is right when it shares a word with the gold speaker or reference; when
 * the gold has neither, only when no speaker is predicted. Stateless.
 */
public final class QuoteScorer {

  static final double MIN_OVERLAP = 0.3;
  private static final String STRIPPED = " \"\u201C\u201D'\u2018\u2019,.";
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** A predicted quote: UTF-16 offsets into the body, end exclusive, and the speaker or null. */
  public record Predicted(int start, int end, String speaker) {}

  /** Whether a predicted quote matched, and with which gold speaker; for error listings. */
  public record Match(GoldQuote gold, Predicted predicted, boolean speakerRight) {}

  /** The outcome for one article: the counts and which gold and predicted quotes went unmatched. */
  public record ArticleResult(
      QuoteScore score, List<Match> matched, List<GoldQuote> missed, List<Predicted> spurious) {}

  private QuoteScorer() {}

  /**
   * Scores one article; gold offsets are code points, predicted ones UTF-16, as each source gives
   * them.
   */
  public static ArticleResult score(String body, List<GoldQuote> gold, List<Predicted> predicted) {
    List<int[]> spans = new ArrayList<>();
    for (Predicted p : predicted) {
      spans.add(strip(body, p.start(), p.end()));
    }
    Set<Integer> used = new HashSet<>();
    List<Match> matched = new ArrayList<>();
    List<GoldQuote> missed = new ArrayList<>();
    int speakerRight = 0;
    for (GoldQuote g : gold) {
      int[] gs = strip(body, utf16(body, g.start()), utf16(body, g.end()));
      double best = 0;
      int bestIndex = -1;
      for (int i = 0; i < spans.size(); i++) {
        if (used.contains(i)) {
          continue;
        }
        int[] ps = spans.get(i);
        double ov = overlap(ps, gs) / (double) Math.max(Math.max(ps[1] - ps[0], gs[1] - gs[0]), 1);
        if (ov > best) {
          best = ov;
          bestIndex = i;
        }
      }
      if (best >= MIN_OVERLAP) {
        used.add(bestIndex);
        boolean right = sameSpeaker(predicted.get(bestIndex).speaker(), g);
        speakerRight += right ? 1 : 0;
        matched.add(new Match(g, predicted.get(bestIndex), right));
      } else {
        missed.add(g);
      }
    }
    List<Predicted> spurious = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      if (!used.contains(i)) {
        spurious.add(predicted.get(i));
      }
    }
    QuoteScore score = new QuoteScore(matched.size(), spurious.size(), missed.size(), speakerRight);
    return new ArticleResult(score, matched, missed, spurious);
  }

  static boolean sameSpeaker(String predicted, GoldQuote gold) {
    if (isEmpty(gold.speaker()) && isEmpty(gold.reference())) {
      return isEmpty(predicted);
    }
    if (isEmpty(predicted)) {
      return false;
    }
    Set<String> words = words(predicted);
    for (String name : new String[] {gold.speaker(), gold.reference()}) {
      if (!isEmpty(name) && words(name).stream().anyMatch(words::contains)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** A code-point offset as a UTF-16 offset, clamped to the body as the Python scorer clamps. */
  private static int utf16(String body, int codePoint) {
    int cps = body.codePointCount(0, body.length());
    int clamped = Math.max(0, Math.min(codePoint, cps));
    return body.offsetByCodePoints(0, clamped);
  }

  private static int[] strip(String body, int start, int end) {
    int s = Math.max(0, Math.min(start, body.length()));
    int e = Math.max(0, Math.min(end, body.length()));
    while (s < e && STRIPPED.indexOf(body.charAt(s)) >= 0) {
      s++;
    }
    while (e > s && STRIPPED.indexOf(body.charAt(e - 1)) >= 0) {
      e--;
    }
    return new int[] {s, e};
  }

  private static int overlap(int[] a, int[] b) {
    return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  }
}
