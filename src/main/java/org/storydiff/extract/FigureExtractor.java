package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storydiff.extract.Quantity.Kind;
import org.storydiff.model.Figure;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceTokens;
import org.storydiff.model.Token;
import org.storydiff.text.SentenceTokenizer;

/**
 * Extracts the figures of an article: counts and tolls, money, percentages, measures, durations,
 * ranges, spelled-out, fractional and vague amounts, ages, and (as figures without a value) clock
 * times, dates, weekdays and ordinals, each with its unit, qualifier and attribution (see {@link
 * Figure}). A figure's span covers its qualifier, number and counted noun ("at least 35 people"),
 * as UTF-16 offsets into the body, end exclusive. Boilerplate sentences are skipped. Ages are
 * amounts with unit "age" (documented choice: "the 33-year-old" and "Reid, 33," are figures).
 * Stateless and thread-safe; linear in the body length.
 */
public final class FigureExtractor {

  /** Kinds that take no hedge: "about Monday" or "some 33-year-old" hedge nothing. */
  private static final Set<Kind> UNQUALIFIED =
      Set.of(Kind.DATE, Kind.WEEKDAY, Kind.AGE, Kind.ORDINAL);

  /** How far a vague amount reaches above its multiplier: "dozens" are 12 to 120. */
  private static final int VAGUE_SPAN = 10;

  private static final Set<String> AMBIGUOUS_QUALIFIERS = Set.of("over", "under");

  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Set<String> DURATIONS =
      Set.of(
          "years", "months", "weeks", "days", "hours", "minutes", "decades", "nights", "seasons");

  /**
   * A duration's unit and the next smaller one with how many of it make one: "4 minutes 48
   * seconds".
   */
  private static final Map<String, Map.Entry<String, Double>> SMALLER_UNIT =
      Map.of("hours", Map.entry("minutes", 60.0), "minutes", Map.entry("seconds", 60.0));

  private final QuantityScanner scanner = new QuantityScanner();
  private final FigureFilter filter = new FigureFilter();
  private final QualifierFinder qualifiers = new QualifierFinder();
  private final UnitFinder units = new UnitFinder();
  private final AttributionFinder attributions = new AttributionFinder();

  /** Figures in body order, numbered {@code <articleId>#f1}, {@code #f2}, ... */
  public List<Figure> extract(String articleId, String body, List<Sentence> sentences) {
    return extract(articleId, body, sentences, SentenceTokenizer.of(body, sentences));
  }

  /**
   * @param tokens the tokens of {@code sentences}, as analysis made them
   */
  public List<Figure> extract(
      String articleId, String body, List<Sentence> sentences, SentenceTokens tokens) {
    return extract(articleId, body, sentences, tokens, null);
  }

  /**
   * @param tokens the tokens of {@code sentences}, as analysis made them
   * @param language the article's language tag; null, "en" or a language without a resource ({@link
   *     FigureLanguage}) reads the body as English
   */
  public List<Figure> extract(
      String articleId,
      String body,
      List<Sentence> sentences,
      SentenceTokens tokens,
      String language) {
    FigureLanguage lang = FigureLanguage.of(language);
    List<Figure> figures = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      if (!sentences.get(k).isBoilerplate()) {
        List<Token> sentence = tokens.tokens(k);
        if (lang != null) {
          sentence = LocalizedTokens.of(body, sentence, lang);
        }
        inSentence(articleId, new TokenView(body, sentence), sentences.get(k), figures);
      }
    }
    return figures;
  }

  private void inSentence(String articleId, TokenView v, Sentence s, List<Figure> out) {
    // Attributions are read only in sentences that have a figure: most have none.
    List<AttributionFinder.Claim> claims = null;
    int i = 0;
    while (i < v.size()) {
      Quantity q = scanner.scan(v, i);
      if (q == null || filter.reject(v, q)) {
        // A result or slashed label ("2-1", "9/11") is passed over whole, so no part of it is read.
        i = q != null && q.kind() == Kind.SKIP ? q.last() + 1 : i + 1;
        continue;
      }
      if (claims == null) {
        claims = attributions.claims(v);
      }
      Figure f = figure(articleId + "#f" + (out.size() + 1), s.index(), v, q, claims);
      Figure before = out.isEmpty() ? null : out.get(out.size() - 1);
      Figure whole = compoundDuration(before, f, v, q);
      if (whole != null) {
        out.set(out.size() - 1, whole);
      } else {
        out.add(conversionOf(before, f, v, q) ? f.withQualifier(before.qualifier()) : f);
      }
      i = q.last() + 1;
    }
  }

  /**
   * "4 minutes 48 seconds", "2 hours and 10 minutes": one time written in two units is one figure
   * in the larger unit (4.8 minutes), or an outlet's "just under five minutes" reads as a change
   * from "4 minutes". Years and months stay two figures ("21 years and six months"), as the
   * quantity specs count them. Null when {@code f} does not finish {@code before} so.
   */
  private static Figure compoundDuration(Figure before, Figure f, TokenView v, Quantity q) {
    if (before == null
        || before.value() == null
        || f.value() == null
        || f.qualifier() != null
        || before.unit() == null
        || f.unit() == null) {
      return null;
    }
    var smaller = SMALLER_UNIT.get(before.unit().toLowerCase(Locale.ROOT));
    if (smaller == null
        || !smaller.getKey().equals(f.unit().toLowerCase(Locale.ROOT))
        || f.value() >= smaller.getValue()) {
      return null;
    }
    int gap = q.first() - 1;
    boolean joined =
        v.get(gap).end() == before.end()
            || ("and".equals(v.norm(gap)) && gap >= 1 && v.get(gap - 1).end() == before.end());
    if (!joined) {
      return null;
    }
    return new Figure(
        before.factId(),
        before.sentence(),
        before.start(),
        f.end(),
        v.body().substring(before.start(), f.end()),
        before.value() + f.value() / smaller.getValue(),
        null,
        null,
        before.unit(),
        null,
        before.qualifier(),
        before.attribution(),
        null,
        null);
  }

  /**
   * A figure in brackets right after a hedged figure converts it ("about 600 metres (2,000 feet)"),
   * so the hedge is its too.
   */
  private static boolean conversionOf(Figure before, Figure f, TokenView v, Quantity q) {
    int bracket = q.first() - 1;
    return before != null
        && before.qualifier() != null
        && !before.isVague()
        && f.qualifier() == null
        && f.value() != null
        && bracket >= 1
        && v.norm(bracket).equals("(")
        && v.get(bracket - 1).end() == before.end();
  }

  private Figure figure(
      String id, int sentence, TokenView v, Quantity q, List<AttributionFinder.Claim> claims) {
    QualifierFinder.Found found =
        UNQUALIFIED.contains(q.kind()) ? null : qualifiers.find(v, q.first());
    int first = found == null ? q.first() : found.first();
    String qualifier =
        q.kind() == Kind.VAGUE ? Figure.VAGUE : found == null ? null : found.qualifier();
    int last = q.last();
    String unit = q.unit();
    if (q.countsSomething() && unit == null) {
      UnitFinder.Unit u = units.find(v, q, first);
      unit = u.unit();
      last = Math.max(last, u.phraseEnd());
    }
    if (found != null
        && AMBIGUOUS_QUALIFIERS.contains(found.written())
        && unit != null
        && DURATIONS.contains(unit)) {
      // "worth $1bn over five years": "over" is the period, not a hedge, so it is left out.
      qualifier = null;
      first = q.first();
    }
    int start = v.get(first).start();
    int end = v.get(last).end();
    String text = v.body().substring(start, end);
    String attribution = AttributionFinder.attribution(claims, q.first());
    String date = q.kind() == Kind.DATE ? q.normalized() : null;
    String time = q.kind() == Kind.TIME ? q.normalized() : null;
    Double value = null;
    Double min = null;
    Double max = null;
    if (q.kind() == Kind.VAGUE) {
      min = q.value();
      max = q.value() * VAGUE_SPAN;
    } else if (q.isAmount() && q.valueMax() != null) {
      min = q.value();
      max = q.valueMax();
    } else if (q.isAmount()) {
      value = q.value();
    }
    String currency =
        q.kind() == Kind.MONEY && unit != null && CURRENCY_CODE.matcher(unit).matches()
            ? unit
            : null;
    return new Figure(
        id,
        sentence,
        start,
        end,
        text,
        value,
        min,
        max,
        unit,
        currency,
        qualifier,
        attribution,
        date,
        time);
  }
}
