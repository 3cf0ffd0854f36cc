package org.storydiff.extract;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Whether two speaker names are one entity written differently, as versions of a story from
 * different agencies write them. Names are first folded to lower-case ASCII (ICU's {@code
 * Any-Latin; Latin-ASCII}: "Karadağ" is "karadag", "Зеленский" is "zelenskij"); then:
 *
 * <ul>
 *   <li>"a spokesperson for X" is X, and a leading article or possessive country is dropped
 *       ("Britain's Ministry of Defence" and "the UK defence ministry" are both {defence,
 *       ministry});
 *   <li>a person's titles are dropped ("Gov. Rick Perry" is "Rick Perry");
 *   <li>people match when their surnames are equal or nearly so (Jaro-Winkler similarity of Apache
 *       Commons Text at least {@value #SURNAME_SIMILARITY}: Zelenskyy, Zelensky, Zelenskiy; an
 *       "al-"/"el-" particle ignored) and their first names, when both are given, agree (the same
 *       initial and similar, or very similar: "V. Zelensky", "Mohamed"/"Mohammed",
 *       "Costel"/"Kostel"); a lone name matches the first or last word of a full one ("Lim" and
 *       "Lim Hui Min"), and a name of several words the tail of a longer one ("Boone Isaacs" and
 *       "Cheryl Boone Isaacs");
 *   <li>organisations match by acronym ("ICRC" and "International Committee of the Red Cross", from
 *       the initials or from an expansion the article itself gives, see {@link #acronyms(String)})
 *       or when the shorter name's words, two or more, are all in the longer ("the Red Cross").
 * </ul>
 *
 * Descriptions without a name ("a Kremlin spokesman", "one passenger") match only when equal after
 * folding. Stateless and thread-safe.
 */
public final class SpeakerVariants {

  /** Least Jaro-Winkler similarity of two surnames of one person. */
  static final double SURNAME_SIMILARITY = 0.9;

  /** Least Jaro-Winkler similarity of two first names (with the same initial) of one person. */
  private static final double FIRST_NAME_SIMILARITY = 0.75;

  private static final ThreadLocal<Transliterator> FOLD =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** Words that make a name an organisation's. */
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "ministry",
          "committee",
          "council",
          "house",
          "department",
          "agency",
          "police",
          "office",
          "nations",
          "union",
          "party",
          "bank",
          "company",
          "group",
          "commission",
          "court",
          "government",
          "army",
          "military",
          "forces",
          "service",
          "organisation",
          "organization",
          "institute",
          "university",
          "association",
          "federation",
          "coastguard",
          "authority",
          "authorities",
          "board",
          "fund",
          "corporation",
          "inc",
          "corp",
          "ltd",
          "plc",
          "airline",
          "airlines",
          "line",
          "lines",
          "kremlin",
          "pentagon",
          "embassy",
          "cross",
          "crescent",
          "network",
          "foundation",
          "parliament",
          "senate",
          "congress",
          "cabinet",
          "administration",
          "secretariat",
          "guard",
          "navy",
          "command",
          "centre",
          "center",
          "hospital",
          "club",
          "league",
          "alliance",
          "coalition",
          "movement",
          "front",
          "opposition",
          "prosecutors",
          "prosecutor's",
          "bureau",
          "directorate",
          "watchdog",
          "regulator",
          "exchange",
          "times",
          "post",
          "news",
          "press",
          "reuters",
          "ap",
          "afp",
          "xinhua",
          "tass",
          "oxfam",
          "unicef",
          "nato");

  /** Country names and adjectives dropped from an organisation's name ("UK defence ministry"). */
  private static final Set<String> COUNTRY_WORDS =
      Set.of(
          "uk",
          "britain",
          "british",
          "us",
          "u.s",
          "america",
          "american",
          "united",
          "kingdom",
          "states",
          "russia",
          "russian",
          "ukraine",
          "ukrainian",
          "china",
          "chinese",
          "france",
          "french",
          "germany",
          "german",
          "israel",
          "israeli",
          "iran",
          "iranian",
          "india",
          "indian",
          "japan",
          "japanese",
          "turkey",
          "turkish",
          "egypt",
          "egyptian",
          "qatar",
          "qatari",
          "syria",
          "syrian",
          "italy",
          "italian",
          "spain",
          "spanish",
          "poland",
          "polish",
          "canada",
          "canadian",
          "australia",
          "australian",
          "pakistan",
          "pakistani",
          "saudi",
          "arabia",
          "korea",
          "korean",
          "north",
          "south",
          "national",
          "federal",
          "state");

  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "its", "his", "her", "their");
  private static final Set<String> JOINERS =
      Set.of("of", "the", "for", "and", "de", "on", "du", "la", "des", "&");
  private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "bin", "ben", "abu");
  private static final Pattern SPOKESPERSON_FOR =
      Pattern.compile("(?i)^.*?\\bspokes(?:man|woman|person|people)\\s+(?:for|of|at)\\s+(.+)$");

  /** "the International Committee of the Red Cross (ICRC)": an expansion and its acronym. */
  static final Pattern EXPANSION =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}'\u2019.-]*|of|the|for|and|on|de)(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|of|the|for|and|on|de)){1,9})"
              + "\\s*\\((\\p{Lu}[\\p{Lu}&]{1,7})\\)");

  private final Map<String, String> acronyms;

  /** A matcher that knows no acronyms beyond what initials spell. */
  public SpeakerVariants() {
    this(Map.of());
  }

  /**
   * @param acronyms acronyms and their expansions, as {@link #acronyms(String)} reads them
   */
  public SpeakerVariants(Map<String, String> acronyms) {
    this.acronyms = Map.copyOf(acronyms);
  }

  /**
   * The acronyms a text expands ("the International Committee of the Red Cross (ICRC)" gives ICRC →
   * International Committee of the Red Cross), where the expansion's capitalized words spell the
   * acronym's letters in order.
   */
  public static Map<String, String> acronyms(String text) {
    Map<String, String> out = new HashMap<>();
    // The expansion regex is costly to run over a whole body; run it only on the words before each
    // "(ACRONYM)", which is where every match ends (an expansion is at most ten words).
    int from = 0;
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      int close = text.indexOf(')', open);
      if (close < 0 || close - open > 9 || !Character.isUpperCase(text.charAt(open + 1))) {
        continue;
      }
      Matcher m =
          EXPANSION.matcher(text).region(Math.max(from, open - EXPANSION_WINDOW), close + 1);
      if (m.find()) {
        expand(m, out);
        from = m.end();
      }
    }
    return out;
  }

  /** Characters before "(" searched for an expansion: ten long words and their spaces. */
  private static final int EXPANSION_WINDOW = 400;

  static void expand(Matcher m, Map<String, String> out) {
    List<String> words = new ArrayList<>(Arrays.asList(m.group(1).split("\\s+")));
    String acronym = m.group(2);
    // Keep the shortest tail of the phrase whose initials spell the acronym.
    for (int from = Math.max(0, words.size() - 12); from < words.size(); from++) {
      List<String> tail = words.subList(from, words.size());
      if (!JOINERS.contains(tail.get(0).toLowerCase(Locale.ROOT))
          && initials(tail).equals(acronym.replace("&", ""))) {
        out.putIfAbsent(acronym, String.join(" ", tail));
        break;
      }
    }
  }

  /** {@link #PERSON} or {@link #ORGANISATION} for a speaker name or description; null for null. */
  public static String typeOf(String name) {
    if (name == null) {
      return null;
    }
    String stripped = name.strip();
    if (stripped.length() >= 2
        && stripped.length() <= 8
        && stripped.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')) {
      return Speaker.ORGANISATION;
    }
    if (SPOKESPERSON_FOR.matcher(stripped).matches()) {
      return Speaker.ORGANISATION;
    }
    for (String w : words(fold(stripped))) {
      if (ORGANISATION_WORDS.contains(w)) {
        return Speaker.ORGANISATION;
      }
    }
    return Speaker.PERSON;
  }

  /**
   * Whether a speaker phrase names its entity rather than only describing it: "Ria Holt", "Gov.
   * Perry", "the Red Cross", "ICRC" do; "a Kremlin spokesman", "Ostrel's mayor", "the minister" do
   * not (a description may or may not be the person another version names). False for null.
   */
  public static boolean isName(String phrase) {
    if (phrase == null || phrase.isBlank()) {
      return false;
    }
    String s = phrase.strip();
    Matcher spokesperson = SPOKESPERSON_FOR.matcher(s);
    if (spokesperson.matches()) {
      return isName(spokesperson.group(1)); // "a spokesperson for the Red Cross" names it
    }
    boolean organisation = Speaker.ORGANISATION.equals(typeOf(s));
    for (String w : s.split("\\s+")) {
      String bare = SpeakerNames.bare(w);
      if (w.isEmpty() || DETERMINERS.contains(w.toLowerCase(Locale.ROOT)) && organisation) {
        continue; // "the Red Cross"
      }
      if (SpeakerNames.TITLES.contains(bare)) {
        continue; // "Gov." before the name
      }
      boolean possessive = fold(w).endsWith("'s") || w.endsWith("'") || w.endsWith("\u2019");
      return NameParticles.isNameWord(w) && !possessive;
    }
    return false;
  }

  /** True when {@code a} and {@code b} name one entity (see the class comment); false for nulls. */
  public boolean same(String a, String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return false;
    }
    String ea = expand(a);
    String eb = expand(b);
    String fa = fold(ea);
    String fb = fold(eb);
    if (fa.equals(fb)) {
      return true;
    }
    boolean orgA = Speaker.ORGANISATION.equals(typeOf(ea));
    boolean orgB = Speaker.ORGANISATION.equals(typeOf(eb));
    if (orgA || orgB) {
      return sameOrganisation(ea, eb);
    }
    if (!isNamed(ea) || !isNamed(eb)) {
      return false; // a description matches only itself
    }
    return samePerson(personWords(ea), personWords(eb));
  }

  /** Lower-case ASCII, punctuation other than apostrophes and hyphens turned to spaces. */
  static String fold(String s) {
    String straight = s.replace('\u2019', '\'');
    // Transliterating ASCII changes nothing, and most names are ASCII: skip the transliterator.
    String latin = isAscii(straight) ? straight : FOLD.get().transliterate(straight);
    return NOT_FOLDED.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static final Pattern NOT_FOLDED = Pattern.compile("[^a-z0-9'&-]+");

  private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private String expand(String name) {
    String s = name.strip();
    Matcher m = SPOKESPERSON_FOR.matcher(s);
    if (m.matches()) {
      s = m.group(1).strip();
    }
    String bare = s.replaceFirst("(?i)^the\\s+", "");
    return acronyms.getOrDefault(bare, s);
  }

  private boolean sameOrganisation(String a, String b) {
    List<String> wa = organisationWords(a);
    List<String> wb = organisationWords(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (wa.size() == 1 && isAcronymOf(wa.get(0), b)
        || wb.size() == 1 && isAcronymOf(wb.get(0), a)) {
      return true;
    }
    List<String> shorter = wa.size() <= wb.size() ? wa : wb;
    List<String> longer = shorter == wa ? wb : wa;
    return shorter.size() >= 2 ? longer.containsAll(shorter) : wa.equals(wb);
  }

  /** Whether a single word is the initials of {@code name}'s capitalized words. */
  private static boolean isAcronymOf(String word, String name) {
    String upper = word.toUpperCase(Locale.ROOT);
    List<String> words = Arrays.asList(name.strip().split("\\s+"));
    return upper.length() >= 2 && initials(words).equals(upper);
  }

  private static String initials(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty()
          && Character.isUpperCase(w.codePointAt(0))
          && !JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
        out.appendCodePoint(w.codePointAt(0));
      }
    }
    return out.toString();
  }

  /** An organisation's words: folded, without articles, possessives' owners and country words. */
  private static List<String> organisationWords(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      String f = fold(w);
      if (f.endsWith("'s") || f.endsWith("'")) {
        continue; // "Britain's"
      }
      for (String part : words(f)) {
        if (!DETERMINERS.contains(part)
            && !JOINERS.contains(part)
            && !COUNTRY_WORDS.contains(part)) {
          out.add(part);
        }
      }
    }
    return out;
  }

  /** Whether a person phrase holds a name: a capitalized word that is not a title. */
  private static boolean isNamed(String phrase) {
    for (String w : phrase.strip().split("\\s+")) {
      if (!w.isEmpty()
          && Character.isUpperCase(w.codePointAt(0))
          && !SpeakerNames.TITLES.contains(SpeakerNames.bare(w))) {
        return true;
      }
    }
    return false;
  }

  /** A person's name words, folded, titles and descriptions before the name dropped. */
  private static List<String> personWords(String phrase) {
    String name = SpeakerNames.clean(phrase);
    List<String> out = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      if (w.isEmpty()
          || !Character.isUpperCase(w.codePointAt(0))
              && !PARTICLES.contains(fold(w).split("-")[0])) {
        continue;
      }
      if (SpeakerNames.TITLES.contains(SpeakerNames.bare(w))) {
        continue;
      }
      String f = fold(w).replaceAll("'s$", "");
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean samePerson(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (String.join("", a).equals(String.join("", b))) {
      return true; // "DelGiudice", "Del Giudice"
    }
    if (a.size() == 1 || b.size() == 1) {
      String lone = a.size() == 1 ? a.get(0) : b.get(0);
      List<String> full = a.size() == 1 ? b : a;
      return similarSurname(lone, full.get(full.size() - 1))
          || full.size() > 1 && lone.equals(full.get(0));
    }
    if (!similarSurname(a.get(a.size() - 1), b.get(b.size() - 1))) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    if (shorter.size() < longer.size()
        && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)) {
      return true; // a double surname without the first name: "Boone Isaacs", "Cheryl Boone Isaacs"
    }
    String fa = a.get(0);
    String fb = b.get(0);
    double similarity = JARO_WINKLER.apply(fa, fb);
    if (fa.charAt(0) != fb.charAt(0)) {
      return similarity >= SURNAME_SIMILARITY - 0.05; // "Costel" and "Kostel"
    }
    boolean initial = fa.length() == 1 || fb.length() == 1;
    return initial || similarity >= FIRST_NAME_SIMILARITY;
  }

  private static boolean similarSurname(String a, String b) {
    String sa = surnameCore(a);
    String sb = surnameCore(b);
    if (sa.equals(sb)) {
      return true;
    }
    return Math.min(sa.length(), sb.length()) >= 4
        && JARO_WINKLER.apply(sa, sb) >= SURNAME_SIMILARITY;
  }

  /** A surname without hyphens, apostrophes and a leading "al-"/"el-" particle. */
  private static String surnameCore(String s) {
    String[] parts = s.split("-");
    int from = parts.length > 1 && PARTICLES.contains(parts[0]) ? 1 : 0;
    return String.join("", Arrays.copyOfRange(parts, from, parts.length)).replace("'", "");
  }

  private static List<String> words(String folded) {
    List<String> out = new ArrayList<>();
    for (String w : SPACES_OR_HYPHENS.split(folded)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
