package org.storydiff.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storydiff.extract.SpeakerVariants;
import org.storydiff.model.Figure;
import org.storydiff.text.NumberWords;

/**
 * The one place that decides whether two figures of a story can be the same fact (and so share a
 * group): they must count the same thing and come from compatible sources. Whether their values
 * then agree is {@link FigureReading}'s question, not this one's.
 *
 * <ul>
 *   <li><b>What is counted</b>: the unit keys ({@link FigureReading#unitKey}) are equal, or one is
 *       missing, or one names a part of the other ("people" and "people missing"), or both end in
 *       the same outcome ("residents evacuated" and "people evacuated"). Two different nouns
 *       ("survivors" and "rescuers"), or one noun with different modifiers ("USB ports" and
 *       "Thunderbolt ports"), never pair. Dates, times, weekdays, ordinals and ages pair only with
 *       exactly their own unit.
 *   <li><b>Who gives it</b>: the sources are the same entity as {@link SpeakerVariants} matches
 *       names ("the World Health Organization" and "WHO", "Morvania's coastguard" and "the
 *       coastguard"), or one figure has no source. "The UN has recorded 596" and "the city council
 *       said 2,187" are two facts, and so are the two figures of a version that carries both. A
 *       pronoun or a source of only function words ("he", "the") is read as no source: it names
 *       nobody the other version could contradict.
 * </ul>
 *
 * <p>Two figures of <b>differing values</b> must also measure the same thing ({@link
 * #disagreement}): both measures read and agreeing in outcome, counted noun, time and scope. A
 * figure whose measure cannot be read pairs only with an equal value.
 *
 * <p>Thread-safe once built (one per story).
 */
final class SameFigureFact {

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "this", "that");

  /** Words that alone name no source ("the", "up" are what a mis-parse leaves). */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "a", "an", "up", "its", "their", "his", "her", "of", "and", "to", "in", "on");

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their");

  private static final Set<String> BACK_POSSESSIVES =
      Set.of("country's", "nation's", "state's", "island's", "city's", "region's");

  /** Outcomes that are no past participle ("people missing", "people dead"). */
  private static final Set<String> OUTCOMES = Set.of("missing", "dead", "hurt", "ill", "homeless");

  private static final Set<String> OFFICIALS = Set.of("officials", "authorities");

  private final SpeakerVariants variants;

  /**
   * @param acronyms the acronyms the story's versions expand, as {@link SpeakerVariants#acronyms}
   */
  SameFigureFact(Map<String, String> acronyms) {
    this.variants = new SpeakerVariants(acronyms);
  }

  /** True when {@code a} and {@code b} may be one fact of the story (see the class comment). */
  boolean possible(Figure a, Figure b) {
    return sameThing(a, FigureReading.unitKey(a), b, FigureReading.unitKey(b))
        && sameSource(source(a), source(b));
  }

  /**
   * True when two groups may be one fact as far as their sources go: some version gives either
   * group's figure without a source (written "" in the group's sources), or some source of one is
   * compatible with some source of the other. (A group's sources are all the phrases its equal
   * figures were attributed to; requiring every pair to match would let one mis-parsed phrase split
   * a fact.) Figures every version attributes to two different sources stay apart.
   */
  boolean sameSources(Collection<String> a, Collection<String> b) {
    if (a.contains("") || b.contains("")) {
      return true;
    }
    for (String x : a) {
      for (String y : b) {
        if (sameSource(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The figure's source as compared here: null when it names no one (see the class comment). */
  static String source(Figure f) {
    String s = f.attribution();
    if (s == null || s.isBlank()) {
      return null;
    }
    List<String> words = List.of(s.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    String first = words.get(0);
    if (PRONOUNS.contains(first)
        || FUNCTION_WORDS.containsAll(words)
        || Character.isDigit(first.charAt(0))
        || NumberWords.isNumberWord(first.split("-")[0])
        || isAnaphoric(s.strip())
        || OFFICIALS.contains(s.strip().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return s.strip();
  }

  /**
   * "the bank", "this company", "its parent", "the country's coastguard": a determiner, perhaps a
   * possessive that points back at the place ("the country's"), and one lower-case noun.
   */
  private static boolean isAnaphoric(String source) {
    List<String> w = new ArrayList<>(List.of(source.split("\\s+")));
    if (w.size() == 3
        && BACK_POSSESSIVES.contains(w.get(1).replace('’', '\'').toLowerCase(Locale.ROOT))) {
      w.remove(1);
    }
    return w.size() == 2
        && DETERMINERS.contains(w.get(0).toLowerCase(Locale.ROOT))
        && w.get(1).chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
  }

  /**
   * "Morvanian officials" and "Morvania's coastguard", "Russian officials" and "Russia": a
   * country's officials or authorities, unnamed, may be any body of that country (the same stem of
   * five letters or more); "Ukrainian officials" and "Russia" stay apart.
   */
  private static boolean countryOfficials(String officials, String other) {
    String[] w = officials.toLowerCase(Locale.ROOT).split("\\s+");
    if (w.length != 2 || !OFFICIALS.contains(w[1])) {
      return false;
    }
    for (String o : other.toLowerCase(Locale.ROOT).split("[\\s’']+")) {
      int k = 0;
      while (k < Math.min(o.length(), w[0].length()) && o.charAt(k) == w[0].charAt(k)) {
        k++;
      }
      if (k >= 5) {
        return true;
      }
    }
    return false;
  }

  /** Null (no source) is compatible with any source. */
  boolean sameSource(String a, String b) {
    return a == null
        || b == null
        || a.equalsIgnoreCase(b)
        || variants.same(a, b)
        || countryOfficials(a, b)
        || countryOfficials(b, a);
  }

  /**
   * Whether two figures count the same thing; {@code ua} and {@code ub} are their {@link
   * FigureReading#unitKey}s (passed in because a story's loop over pairs computes them once).
   */
  static boolean sameThing(Figure a, String ua, Figure b, String ub) {
    if (isCalendar(a) || isCalendar(b)) {
      return Objects.equals(ua, ub);
    }
    if (ua == null || ub == null || ua.equals(ub)) {
      return true;
    }
    List<String> wa = List.of(ua.split(" "));
    List<String> wb = List.of(ub.split(" "));
    // "residents evacuated" and "people evacuated": the same outcome counted with another noun.
    // A shared noun with different modifiers is not one ("Thunderbolt ports" and "USB ports").
    String last = wa.get(wa.size() - 1);
    boolean sameOutcome =
        wa.size() > 1 && wb.size() > 1 && last.equals(wb.get(wb.size() - 1)) && isOutcome(a.unit());
    return sameOutcome || wa.containsAll(wb) || wb.containsAll(wa);
  }

  /** Counted nouns that name people in general: the same outcome counted with either is one. */
  private static final Set<String> PERSONS =
      Set.of("peopl", "person", "resident", "civilian", "individual");

  /**
   * Why two figures of differing values are not one measure, or null when they are: both measures
   * read ({@link FigureMeasure#read}); the same outcome, or none on either side; compatible counted
   * nouns (equal, one naming a part of the other, or people in general counted for the same
   * outcome); no two different times; the same scope; no two different holders. Ages pair across
   * values only when both name their person, the same one; dates, times and weekdays without the
   * same outcome never pair across values.
   */
  static String disagreement(
      StoryIndex index, int va, Figure a, FigureMeasure ma, int vb, Figure b, FigureMeasure mb) {
    String reason = disagreement(a, ma, b, mb);
    // Aligned peers stand in for an unread measure, never against one read as another's.
    return NOT_READ.equals(reason) && alignedPeers(index, va, a, vb, b)
        ? conflict(a, ma, b, mb)
        : reason;
  }

  static final String NOT_READ = "what a figure counts is not read from its sentence";

  /**
   * Figures the aligner reads as one: their sentences are aligned, or clearly say the same thing
   * apart from their numbers (content overlap {@link FigureFindings#RESIDUAL_SENTENCE_OVERLAP}),
   * and each is the k-th of the same number of figures of its unit in its sentence. The rest of the
   * sentence then says what both measure, though no word of ours names it ("nine of them in
   * critical condition" and "11 of them in critical condition").
   */
  private static boolean alignedPeers(StoryIndex index, int va, Figure a, int vb, Figure b) {
    var ra = new StoryIndex.SentenceRef(va, a.sentence());
    var rb = new StoryIndex.SentenceRef(vb, b.sentence());
    if (!index.isAligned(ra, rb)
        && index.wordOverlapBesideNumbers(ra, rb) < FigureFindings.RESIDUAL_SENTENCE_OVERLAP) {
      return false;
    }
    if (!Objects.equals(FigureReading.unitKey(a), FigureReading.unitKey(b))) {
      return false; // a bare "11" is no peer of "26 crew members", however alike the sentences
    }
    List<Figure> inA = peers(index, va, a);
    List<Figure> inB = peers(index, vb, b);
    return inA.size() == inB.size() && inA.indexOf(a) == inB.indexOf(b);
  }

  /** The figures of {@code f}'s sentence with its unit key, in text order. */
  private static List<Figure> peers(StoryIndex index, int v, Figure f) {
    String key = FigureReading.unitKey(f);
    List<Figure> out = new ArrayList<>();
    for (var fact : index.version(v).facts()) {
      if (fact instanceof Figure g
          && g.sentence() == f.sentence()
          && g.isQuantity() == f.isQuantity()
          && Objects.equals(FigureReading.unitKey(g), key)) {
        out.add(g);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Figure::start));
    return out;
  }

  static String disagreement(Figure a, FigureMeasure ma, Figure b, FigureMeasure mb) {
    // One number, hedged on one side ("about 300 million" and "300 million"): the unit is enough,
    // the value itself is the evidence; an outcome read on both sides must still agree.
    boolean oneNumber = a.value() != null && a.value().equals(b.value());
    if (oneNumber ? !ma.named() || !mb.named() : !ma.read() || !mb.read()) {
      return NOT_READ;
    }
    if (("age".equals(a.unit()) || "age".equals(b.unit()))
        && (ma.holder() == null || mb.holder() == null)) {
      return "ages, perhaps of different people";
    }

    if ((!a.isQuantity() || !b.isQuantity()) && (ma.outcome() == null || mb.outcome() == null)) {
      return "the event each date or time is for is not read";
    }
    if (!Objects.equals(ma.outcome(), mb.outcome())
        && !(oneNumber && (ma.outcome() == null || mb.outcome() == null))) {
      return ma.outcome() == null || mb.outcome() == null
          ? "one figure's outcome is not read ("
              + (ma.outcome() == null ? mb.outcome() : ma.outcome())
              + ")"
          : "different outcomes (" + ma.outcome() + ", " + mb.outcome() + ")";
    }
    if (!sameNoun(ma, mb)
        && !(oneNumber && sameThing(a, FigureReading.unitKey(a), b, FigureReading.unitKey(b)))) {
      return "different counted nouns (" + ma.noun() + ", " + mb.noun() + ")";
    }
    return conflict(a, ma, b, mb);
  }

  /**
   * Why two figures, whatever they count, are two facts: holders, times, places a distance is
   * measured from, collectives ("a crowd of 1,000", "a poll of 1,000") or scopes that differ, or
   * two different counts beside others ("another two", "another four") or over windows ("his last
   * two games", "his last three"), each relative to what its own sentence gives.
   */
  private static String conflict(Figure a, FigureMeasure ma, Figure b, FigureMeasure mb) {
    return conflict(a, ma, b, mb, true);
  }

  /**
   * Whether two figures of one value are still two facts: {@link #conflict} says so, but for a part
   * against a whole, which is not told apart on one value ("12 of the victims" and "12 victims" are
   * one dozen as often as not). One value is strong evidence only where nothing read says
   * otherwise: "5 killed on Tuesday" and "5 killed on Wednesday" are two days' tolls.
   */
  static boolean apartDespiteEqualValue(Figure a, FigureMeasure ma, Figure b, FigureMeasure mb) {
    return conflict(a, ma, b, mb, false) != null;
  }

  private static String conflict(
      Figure a, FigureMeasure ma, Figure b, FigureMeasure mb, boolean partAgainstWhole) {
    if (ma.outcome() != null && mb.outcome() != null && !ma.outcome().equals(mb.outcome())) {
      return "different outcomes (" + ma.outcome() + ", " + mb.outcome() + ")";
    }
    if (ma.pointInTime() != mb.pointInTime()) {
      return "a point in time and a duration"; // "two years ago" and "45 years in prison"
    }
    boolean relative =
        ma.scope() == FigureMeasure.Scope.MORE || ma.scope() == FigureMeasure.Scope.WINDOW;
    if (relative && ma.scope() == mb.scope() && !Objects.equals(a.value(), b.value())) {
      return "counts relative to their own sentences ("
          + ma.scope().name().toLowerCase(Locale.ROOT)
          + ")";
    }
    if (agesOfTwoPersons(a, ma, b, mb)) {
      // "her 11-year-old daughter" and "an 11-year-old girl" may be one child or two: not certain
      return "ages of different persons (" + ma.noun() + ", " + mb.noun() + ")";
    }
    if (!sameHolder(ma.holder(), mb.holder())) {
      return "different holders (" + ma.holder() + ", " + mb.holder() + ")";
    }
    if (ma.time() != null && mb.time() != null && !ma.time().equals(mb.time())) {
      return "different times (" + ma.time() + ", " + mb.time() + ")";
    }
    if (ma.place() != null && mb.place() != null && !oneName(ma.place(), mb.place())) {
      // Unlike holders, a place and a longer name are no country and its minister: "Cobb" and
      // "The Geysers" are two places.
      return "distances from different places (" + ma.place() + ", " + mb.place() + ")";
    }
    if (ma.collective() != null
        && mb.collective() != null
        && !ma.collective().equals(mb.collective())) {
      return "counts of different things (" + ma.collective() + ", " + mb.collective() + ")";
    }
    if (ma.scope() != mb.scope()
        && (partAgainstWhole || !(partOrWhole(ma.scope()) && partOrWhole(mb.scope())))) {
      return "different scopes ("
          + ma.scope().name().toLowerCase(Locale.ROOT)
          + ", "
          + mb.scope().name().toLowerCase(Locale.ROOT)
          + ")";
    }
    return null;
  }

  /**
   * Both figures ages written before their nouns, and the nouns differ: "her 11-year-old daughter"
   * and "an 11-year-old girl" may be one child or two.
   */
  static boolean agesOfTwoPersons(Figure a, FigureMeasure ma, Figure b, FigureMeasure mb) {
    return "age".equals(a.unit())
        && "age".equals(b.unit())
        && ma.noun() != null
        && mb.noun() != null
        && ma.noun().contains(" ")
        && mb.noun().contains(" ")
        && !ma.noun().equals(mb.noun());
  }

  private static boolean partOrWhole(FigureMeasure.Scope scope) {
    return scope == FigureMeasure.Scope.WHOLE
        || scope == FigureMeasure.Scope.PART
        || scope == FigureMeasure.Scope.OUT_OF;
  }

  private static final SpeakerVariants HOLDERS = new SpeakerVariants();

  /**
   * Whether two holders may be one: either is unread, they are one name as speakers are ("Tomas
   * Varga" and "Varga", spellings), they end in the same word, or one is a single word and the
   * other several: "China" and "Vice Foreign Minister Zhang Wei" may be a country and the one who
   * pledges for it, while "Iguodala" and "Dalembert", or "Tomas Varga" and "Luca Brenner", are two.
   */
  static boolean sameHolder(String a, String b) {
    if (a == null || b == null || a.equalsIgnoreCase(b) || HOLDERS.same(a, b)) {
      return true;
    }
    return a.strip().contains(" ") != b.strip().contains(" ") || oneName(a, b);
  }

  /** Equal, name variants, or the same last word ("Tomas Varga" and "Varga"). */
  private static boolean oneName(String a, String b) {
    if (a.equalsIgnoreCase(b) || HOLDERS.same(a, b)) {
      return true;
    }
    String lastA = a.substring(a.lastIndexOf(' ') + 1);
    String lastB = b.substring(b.lastIndexOf(' ') + 1);
    return lastA.equalsIgnoreCase(lastB);
  }

  /** True when both figures' holders are read and are one name. */
  static boolean sameNamedHolder(FigureMeasure ma, FigureMeasure mb) {
    return ma.holder() != null && mb.holder() != null && oneName(ma.holder(), mb.holder());
  }

  private static boolean sameNoun(FigureMeasure ma, FigureMeasure mb) {
    if (ma.noun() == null || mb.noun() == null) {
      return ma.outcome() != null; // the outcome alone says what is counted
    }
    List<String> wa = List.of(ma.noun().split(" "));
    List<String> wb = List.of(mb.noun().split(" "));
    return wa.containsAll(wb)
        || wb.containsAll(wa)
        || (ma.outcome() != null
            && PERSONS.containsAll(List.of(wa.get(wa.size() - 1), wb.get(wb.size() - 1))));
  }

  /** True when the unit as written ends in an outcome: "people killed", "people missing". */
  private static boolean isOutcome(String unit) {
    String last = unit.substring(unit.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return last.endsWith("ed") || OUTCOMES.contains(last);
  }

  /** Figures that pair only with figures of exactly their unit: no amounts, and ages. */
  private static boolean isCalendar(Figure f) {
    return !f.isQuantity() || "age".equals(f.unit());
  }
}
