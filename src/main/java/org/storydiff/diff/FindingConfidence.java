package org.storydiff.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storydiff.extract.SpeakerVariants;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.Evidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Figure;
import org.storydiff.model.Finding;
import org.storydiff.model.Quote;
import org.storydiff.model.Sentence;
import org.storydiff.text.LanguageWords;

/**
 * Every rule that says how sure a finding is, in one place (the contract's {@code confidence}).
 *
 * <ul>
 *   <li><b>Quote speaker changed</b>: high when both versions name different entities at the quote
 *       ({@link QuoteSpeakers.Relation#CERTAIN}: full names, not a lone word); low when a side is
 *       known only through a pronoun, an earlier quote's speaker or the sentence before, when one
 *       is an organisation and the other a person, when a version names the two side by side, or
 *       when the passage is too short to be told from anyone else's words. Name variants,
 *       unresolved speakers, descriptions without a name and lone partial names are no finding at
 *       all ({@link QuoteSpeakers#comparable}).
 *   <li><b>Quote wording changed</b>: low when a side is a title of a work or a term in scare
 *       quotes, or when words were only cut or added and a side's quote runs across paragraphs
 *       (another passage, or the reporter's words, read into it); high when words were replaced;
 *       medium when words were only cut or added, no word replaced (agencies trim quotes, or quote
 *       one more passage), or when a side is a partial quote (the reporter's words around it differ
 *       by nature).
 *   <li><b>Quote added or omitted</b>: high; medium for a partial quote (other versions may carry
 *       it as reported speech).
 *   <li><b>Figure changed</b>: low when the pairing is not certain (a measure not read on both
 *       sides, or read as different: outcome, counted noun, time, scope, holder; two named sources
 *       that differ; one version giving both values; a figure without a unit; values more than
 *       twice apart, or clock times an hour or more apart); else medium when a side is hedged ("at
 *       least", "about": an estimate updated or rounded) or the sides do not give the same source
 *       (one attributed, the other not, or to someone else: different counts by different people);
 *       otherwise high.
 *   <li><b>Figure added or omitted</b>: high (the extractor already checks every version for the
 *       same number under any unit before it calls one omitted).
 *   <li><b>Statement added or omitted</b>: medium when a sentence of another version (added) or of
 *       the omitting version (omitted) still covers half of its content words (a paraphrase the
 *       aligner missed); otherwise high.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class FindingConfidence {

  /** Share of a statement's content words a sentence elsewhere covers to make it a paraphrase. */
  static final double PARAPHRASE_COVERAGE = 0.5;

  private static final SpeakerVariants SOURCES = new SpeakerVariants();

  private FindingConfidence() {}

  /** A level with its reason (null for high). */
  record Judgement(Confidence level, String reason) {
    static final Judgement HIGH = new Judgement(Confidence.HIGH, null);

    Judgement {
      Objects.requireNonNull(level, "level");
    }

    Finding applyTo(Finding f) {
      return f.withConfidence(level, reason);
    }
  }

  /** A quote's speaker differs from another version's ({@code relation} is not same-or-unknown). */
  static Judgement quoteSpeaker(Quote mine, Quote theirs, QuoteSpeakers.Relation relation) {
    if (relation == QuoteSpeakers.Relation.CERTAIN) {
      return Judgement.HIGH;
    }
    boolean pronoun = "pronoun".equals(mine.speakerHow()) || "pronoun".equals(theirs.speakerHow());
    String reason;
    if (pronoun) {
      reason = "a speaker is known only through a pronoun";
    } else if (!QuoteSpeakers.named(mine) || !QuoteSpeakers.named(theirs)) {
      reason = "a speaker is not named at the quote (read from an earlier quote or sentence)";
    } else if (QuoteSpeakers.organisationAndPerson(mine, theirs)) {
      reason = "an organisation and a person, who may speak for it";
    } else {
      reason =
          "the two are named together in a version or share a name, or the passage is too short"
              + " to tell";
    }
    return new Judgement(Confidence.LOW, reason);
  }

  /**
   * A quote's wording differs from another version's; {@code titleOrTerm} when a side is a title or
   * a term in scare quotes ({@link QuoteIdentity#titleOrTerm}), whose wording is no quote's.
   */
  static Judgement quoteWording(
      List<String> theirs,
      List<String> mine,
      boolean partial,
      boolean titleOrTerm,
      boolean acrossParagraphs,
      LanguageWords language) {
    if (titleOrTerm) {
      return new Judgement(
          Confidence.LOW, "a title or a term in quotation marks, not someone's words");
    }
    var deltas = DiffUtils.diff(theirs, mine).getDeltas();
    boolean onlyCutOrAdded =
        deltas.stream().allMatch(d -> d.getSource().size() == 0 || d.getTarget().size() == 0);
    if (onlyCutOrAdded && deltas.size() == 1) {
      List<String> word =
          deltas.get(0).getSource().size() == 0
              ? deltas.get(0).getTarget().getLines()
              : deltas.get(0).getSource().getLines();
      if (word.size() == 1 && language.isSlipWord(word.get(0).toLowerCase(java.util.Locale.ROOT))) {
        return new Judgement(
            Confidence.LOW, "one small word cut or added: perhaps a slip, not a trim");
      }
    }
    if (acrossParagraphs && onlyCutOrAdded) {
      return new Judgement(
          Confidence.LOW,
          "a quote read across paragraphs: the words added may be another passage or the"
              + " reporter's");
    }
    if (partial && !onlyCutOrAdded && sharesLessThanItReplaces(theirs, deltas)) {
      // "new server building block" against "allows us to redefine the server building block":
      // a reporter's phrase and a speaker's sentence that meet on a few words.
      return new Judgement(
          Confidence.LOW,
          "a partial quote that shares fewer words with the other than it replaces: perhaps"
              + " another statement");
    }
    if (partial) {
      return new Judgement(Confidence.MEDIUM, "a partial quote, cut to the reporter's sentence");
    }
    if (onlyCutOrAdded) {
      return new Judgement(Confidence.MEDIUM, "words only cut or added, as agencies trim quotes");
    }
    return Judgement.HIGH;
  }

  /**
   * Words the two wordings share in order (those of {@code theirs} outside the diff's deltas),
   * against the words of their replaced runs.
   */
  private static boolean sharesLessThanItReplaces(
      List<String> theirs, List<AbstractDelta<String>> deltas) {
    int replaced = 0;
    int shared = theirs.size();
    for (AbstractDelta<String> d : deltas) {
      shared -= d.getSource().size();
      if (d.getSource().size() > 0 && d.getTarget().size() > 0) {
        replaced += Math.max(d.getSource().size(), d.getTarget().size());
      }
    }
    return shared < replaced;
  }

  /** A quote only this version carries, or that most others carry and this one lacks. */
  static Judgement quotePresence(Quote q) {
    return q.partial()
        ? new Judgement(
            Confidence.MEDIUM, "a partial quote: other versions may report it as indirect speech")
        : Judgement.HIGH;
  }

  /** Findings the kind-specific rules left unjudged (figures, statements) get their level here. */
  static List<Finding> assess(StoryIndex index, List<Finding> findings) {
    Map<String, Integer> versionOf = new HashMap<>();
    for (int v = 0; v < index.size(); v++) {
      versionOf.put(index.version(v).id(), v);
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (f.confidence() != null) {
        out.add(f);
      } else if (f.kind() == FactKind.FIGURE && f.change() == ChangeType.CHANGED) {
        out.add(figureChange(index, versionOf, f).applyTo(f));
      } else if (f.kind() == FactKind.STATEMENT) {
        out.add(statement(index, versionOf, f).applyTo(f));
      } else {
        out.add(Judgement.HIGH.applyTo(f));
      }
    }
    return out;
  }

  /**
   * A changed figure is asserted (medium or high) only when the pairing is certain: both figures'
   * measures read and agreeing ({@link SameFigureFact#disagreement}) and no two named sources that
   * differ; otherwise it is low, with the reason.
   */
  private static Judgement figureChange(
      StoryIndex index, Map<String, Integer> versionOf, Finding f) {
    int v = versionOf.get(f.articleId());
    AnalyzedArticle article = index.version(v);
    Figure mine = figureAt(article, f.start(), f.end());
    if (mine == null) {
      return new Judgement(Confidence.LOW, "the figure's measure is not read");
    }
    if (mine.unit() == null) {
      // a bare number ("the 11 - inch model" scraped apart) says nothing of what it counts
      return new Judgement(Confidence.LOW, "perhaps not the same fact: a figure has no unit");
    }
    if (isCurrencyConversion(article, mine)) {
      return CONVERTED_SUM;
    }
    FigureMeasure myMeasure = FigureMeasure.of(article, mine);
    boolean hedged = mine.qualifier() != null;
    boolean otherSource = false;
    // low only when every other version's value is far from this one's: one near value pairs it
    boolean allFarApart = true;
    String farApart = null;
    Set<String> otherReadings = new HashSet<>();
    for (Evidence e : f.others()) {
      Integer w = versionOf.get(e.articleId());
      Figure theirs = w == null ? null : figureAt(index.version(w), e.start(), e.end());
      if (theirs == null) {
        return new Judgement(Confidence.LOW, "the other figure's measure is not read");
      }
      if (isCurrencyConversion(index.version(w), theirs)) {
        return CONVERTED_SUM;
      }
      FigureMeasure theirMeasure = FigureMeasure.of(index.version(w), theirs);
      String differs =
          SameFigureFact.disagreement(index, v, mine, myMeasure, w, theirs, theirMeasure);
      if (differs != null) {
        return new Judgement(Confidence.LOW, "perhaps not the same fact: " + differs);
      }
      if ((isStatistic(mine) || isStatistic(theirs))
          && (myMeasure.holder() == null || theirMeasure.holder() == null)) {
        return new Judgement(
            Confidence.LOW,
            "a player's or a fighter's statistic whose holder is not read on both sides");
      }
      boolean contradiction =
          !(mine.isQuantity() && theirs.isQuantity()) || FigureDetail.contradicts(mine, theirs);
      if (contradiction
          && !index.areRewrites(v, w)
          && !index.isAligned(
              new StoryIndex.SentenceRef(v, mine.sentence()),
              new StoryIndex.SentenceRef(w, theirs.sentence()))) {
        // Outlets writing their own stories of one event give many values of one unit (two days'
        // counts, two donations, two tiers of a scale); there a value that differs is asserted
        // only where the two sentences say the same thing. Rewrites of one wire split and merge
        // sentences freely, so there the measure decides.
        return new Judgement(
            Confidence.LOW,
            "perhaps not the same fact: the values differ, and in two stories written apart the"
                + " two sentences are not aligned");
      }
      String apart = tooFarApart(mine, theirs);
      if (apart == null) {
        allFarApart = false;
      } else if (farApart == null) {
        farApart = apart;
      }
      boolean differ = !Objects.equals(mine.value(), theirs.value());
      if (differ
          && (carriesAmount(index.version(w), theirs, mine)
              || carriesAmount(article, mine, theirs))) {
        return new Judgement(
            Confidence.LOW, "perhaps not the same fact: one version gives both values");
      }
      String a = SameFigureFact.source(mine);
      String b = SameFigureFact.source(theirs);
      if (a != null && b != null && !sameSource(a, b)) {
        return new Judgement(
            Confidence.LOW, "perhaps not the same fact: two sources (" + a + ", " + b + ")");
      }
      otherReadings.add(FigureDetail.reading(theirs));
      hedged |= theirs.qualifier() != null;
      otherSource |= !sameSource(mine.attribution(), theirs.attribution());
    }
    if (allFarApart && farApart != null) {
      return new Judgement(Confidence.LOW, "perhaps not the same fact: " + farApart);
    }
    if (otherReadings.size() >= MIXED_READINGS) {
      return new Judgement(
          Confidence.LOW,
          "perhaps not the same fact: the other versions give "
              + otherReadings.size()
              + " different values for it, as when several facts are mixed");
    }
    if (hedged) {
      return new Judgement(Confidence.MEDIUM, "a hedged figure (an estimate that may be updated)");
    }
    return otherSource
        ? new Judgement(Confidence.MEDIUM, "the figures are not given by the same source")
        : Judgement.HIGH;
  }

  /**
   * Different readings of a figure among the other versions at which its group is taken for several
   * facts: outlets' counts of one thing take one or two values (a first and a revised toll), while
   * a group holding three or more ("10 / at least 10 / at least 6 / at least 3") has gathered two
   * quakes' tolls or three teams' offers that share a measure.
   */
  static final int MIXED_READINGS = 3;

  private static final Judgement CONVERTED_SUM =
      new Judgement(
          Confidence.LOW, "a sum converted into another currency in brackets, at some day's rate");

  /**
   * Whether {@code f} is a sum in brackets right after a sum in another currency ("AUD 10 million
   * ($7.6 million)"): it restates that sum at some day's rate, and "$" may be the same Australian
   * dollars another outlet writes as "$10 million", so a change read from it is not certain.
   */
  private static boolean isCurrencyConversion(AnalyzedArticle article, Figure f) {
    if (f.currency() == null) {
      return false;
    }
    String body = article.body();
    for (var fact : article.facts()) {
      if (fact instanceof Figure g
          && g.currency() != null
          && !g.currency().equals(f.currency())
          && g.end() <= f.start()
          && f.start() - g.end() <= 3
          && body.substring(g.end(), f.start()).strip().equals("(")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Past this ratio two amounts are more likely two facts than one fact told or revised twice:
   * outlets' tolls, prices and counts of one thing differ by a few percent or a late update, while
   * the counts of two things that share a unit (two players' yards, a season and a game, 3 and 40
   * wounded in two attacks) differ by any factor.
   */
  static final double MAX_SAME_FACT_RATIO = 2.0;

  /** Two clock times this far apart are two moments, or one moment in two time zones. */
  static final int MAX_SAME_MOMENT_MINUTES = 60;

  /**
   * Why two figures' values are too far apart to be asserted as one fact changed, or null: amounts
   * (or the nearest bounds of ranges) more than {@link #MAX_SAME_FACT_RATIO} apart, or clock times
   * at least {@link #MAX_SAME_MOMENT_MINUTES} apart.
   */
  static String tooFarApart(Figure a, Figure b) {
    if (a.time() != null && b.time() != null) {
      int minutes = Math.abs(minuteOfDay(a) - minuteOfDay(b));
      minutes = Math.min(minutes, 24 * 60 - minutes);
      return minutes >= MAX_SAME_MOMENT_MINUTES
          ? "the times are "
              + (minutes / 60)
              + (minutes >= 120 ? " hours" : " hour")
              + " or more apart (another moment, or another time zone)"
          : null;
    }
    Double aLow = a.lowerBound();
    Double bLow = b.lowerBound();
    if (aLow == null || bLow == null || aLow <= 0 || bLow <= 0) {
      return null; // a zero against a count ("no one was hurt") is a contradiction of its own
    }
    double ratio = Math.max(aLow, bLow) / Math.min(a.upperBound(), b.upperBound());
    return ratio > MAX_SAME_FACT_RATIO
        ? "the values are more than twice apart (counts of two things, seldom one fact revised)"
        : null;
  }

  /** A clock figure's minute of the day; its time is "HH:mm" ({@link Figure}). */
  private static int minuteOfDay(Figure f) {
    return java.time.LocalTime.parse(f.time()).toSecondOfDay() / 60;
  }

  /**
   * The same source: equal, name variants, or the words of one among the other's ("the court" and
   * "court records").
   */
  private static boolean sameSource(String a, String b) {
    return a == null
        ? b == null
        : b != null
            && (a.equalsIgnoreCase(b)
                || SOURCES.same(a, b)
                || wordsWithin(a, b)
                || wordsWithin(b, a));
  }

  private static boolean wordsWithin(String a, String b) {
    // a set that allows repeats: a source may name a word twice ("port of Calvers port")
    Set<String> wb =
        Set.copyOf(java.util.Arrays.asList(b.toLowerCase(java.util.Locale.ROOT).split("\\s+")));
    return java.util.Arrays.stream(a.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
        .filter(w -> !w.equals("the"))
        .allMatch(wb::contains);
  }

  /**
   * Whether {@code article} gives, besides its figure {@code own}, another figure of {@code
   * other}'s amount that counts the same kind of thing: "Five soldiers were killed, four of them by
   * friendly fire" against "four soldiers killed by friendly fire" is two facts, not 5 → 4.
   */
  private static boolean carriesAmount(AnalyzedArticle article, Figure own, Figure other) {
    String key = FigureReading.unitKey(other);
    for (var fact : article.facts()) {
      if (fact instanceof Figure g
          && g != own
          && g.isQuantity()
          && Objects.equals(g.value(), other.value())
          && Objects.equals(g.valueMin(), other.valueMin())
          && Objects.equals(g.valueMax(), other.valueMax())
          && SameFigureFact.sameThing(g, FigureReading.unitKey(g), other, key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts of a game's or a fight's play: a story about one game gives many players' and seasons'
   * counts of the same unit, so two of them are one fact only when both name whose they are.
   */
  private static final Set<String> STATISTICS =
      Set.of(
          "yards",
          "yard",
          "touchdowns",
          "touchdown",
          "points",
          "rebounds",
          "assists",
          "carries",
          "passes",
          "receptions",
          "catches",
          "punches",
          "goals",
          "saves",
          "tackles",
          "sacks",
          "interceptions",
          "runs",
          "hits",
          "strikeouts",
          "innings",
          "shots",
          "steals",
          "blocks",
          "fouls",
          "laps",
          "wickets",
          "games",
          "matches",
          "starts",
          "appearances",
          "homers");

  private static boolean isStatistic(Figure f) {
    if (f.unit() == null) {
      return false;
    }
    for (String w : f.unit().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (STATISTICS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Figure figureAt(AnalyzedArticle article, Integer start, Integer end) {
    for (var fact : article.facts()) {
      if (fact instanceof Figure g
          && Objects.equals(g.start(), start)
          && Objects.equals(g.end(), end)) {
        return g;
      }
    }
    return null;
  }

  private static Judgement statement(StoryIndex index, Map<String, Integer> versionOf, Finding f) {
    int v = versionOf.get(f.articleId());
    boolean paraphrased = false;
    if (f.change() == ChangeType.ADDED) {
      Set<String> words = index.contentWords(v, sentenceAt(index.version(v), f.start()));
      BitSet covering = index.versionsCovering(words, PARAPHRASE_COVERAGE);
      covering.clear(v);
      paraphrased = !covering.isEmpty();
    } else if (f.change() == ChangeType.OMITTED && !f.others().isEmpty()) {
      Evidence e = f.others().get(0);
      int w = versionOf.get(e.articleId());
      Set<String> words = index.contentWords(w, sentenceAt(index.version(w), e.start()));
      paraphrased = index.coversWords(v, words, PARAPHRASE_COVERAGE);
    }
    return paraphrased
        ? new Judgement(
            Confidence.MEDIUM, "another version says part of it: it may be a paraphrase")
        : Judgement.HIGH;
  }

  private static int sentenceAt(AnalyzedArticle article, int offset) {
    for (Sentence s : article.sentences()) {
      if (s.start() <= offset && offset < s.end()) {
        return s.index();
      }
    }
    return 0;
  }
}
