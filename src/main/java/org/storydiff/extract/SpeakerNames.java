package org.storydiff.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a speaker phrase to the name it ends with: the trailing capitalized words after the last
 * title word. "Ukraine Defence Minister Oleksiy Reznikov", "President Oleksiy Reznikov" and "farmer
 * Oleksiy Reznikov" all give "Oleksiy Reznikov", so versions that title a speaker differently still
 * agree on who spoke; "the Red Cross" gives "Red Cross". A phrase that does not end in a name ("a
 * Kremlin spokesman", "the city council", "Russia's defence ministry") is kept as written.
 * Stateless and thread-safe.
 */
final class SpeakerNames {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final Set<String> TITLES =
      Set.of(
          "president",
          "minister",
          "secretary",
          "prime",
          "chancellor",
          "mayor",
          "governor",
          "senator",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "ambassador",
          "general",
          "gen",
          "colonel",
          "col",
          "commander",
          "chief",
          "director",
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof",
          "king",
          "queen",
          "prince",
          "pope",
          "judge",
          "lieutenant",
          "captain",
          "sergeant",
          // abbreviated ranks: "said Lt. Ana Ruiz", "Sgt. Ivo Lenz said"
          "lt",
          "sgt",
          "capt",
          "maj",
          "cpl",
          "pvt",
          "adm",
          "cmdr",
          "det",
          "insp",
          "supt",
          "adviser",
          "advisor",
          "envoy",
          "leader",
          "ceo",
          "chairman",
          "chairwoman",
          "negotiator",
          "official",
          "journalist",
          "photojournalist",
          "reporter",
          "lawyer",
          "analyst",
          "coach",
          "manager",
          "head",
          "founder",
          "professor",
          "representative",
          "deputy",
          "mp",
          "senior",
          "researcher",
          "economist",
          "activist",
          "actress",
          "actor",
          "singer",
          "author",
          "editor",
          "premier",
          "commissioner",
          "inspector",
          "officer",
          "superintendent",
          "sheriff",
          "rep",
          "sen",
          "gov",
          "chair",
          "engineer",
          "farmer",
          "doctor",
          "nurse",
          "teacher",
          "resident",
          "witness",
          "student",
          "worker",
          "driver",
          "soldier",
          "survivor",
          "aide",
          "expert",
          "scientist",
          "pilot",
          "owner",
          "mother",
          "father",
          "priest",
          "bishop",
          "lawmaker",
          "politician",
          "candidate",
          "prosecutor",
          "investigator",
          "commentator",
          "correspondent",
          "defence",
          "defense",
          "foreign",
          "interior",
          "health",
          "finance",
          "vice",
          "pollster",
          "strategist",
          "consultant",
          "operative",
          "historian",
          "attorney",
          "host",
          "anchor",
          "columnist",
          "delegate",
          "congressman",
          "congresswoman",
          "councilman",
          "councilwoman",
          "councilmember",
          "councillor",
          "councilor",
          "businessman",
          "businesswoman",
          "billionaire",
          "nominee",
          "voter",
          "supporter",
          "organizer",
          "protester",
          "donor",
          "executive",
          "rev",
          "reverend",
          "pastor",
          "rabbi",
          "imam");

  private SpeakerNames() {}

  /** The name inside {@code phrase}, or the phrase itself; null stays null. */
  static String clean(String phrase) {
    if (phrase == null) {
      return null;
    }
    String[] words = SPACES.split(phrase.strip());
    String beforeOf = nameBeforeOf(words);
    if (beforeOf != null) {
      return beforeOf;
    }
    int runStart = words.length;
    while (runStart > 0
        && NameParticles.inName(words, runStart - 1)
        && !TITLES.contains(bare(words[runStart - 1]))) {
      runStart--;
    }
    boolean named = runStart < words.length && (runStart > 0 || words.length - runStart >= 2);
    return named
        ? String.join(" ", Arrays.copyOfRange(words, runStart, words.length))
        : phrase.strip();
  }

  /**
   * "Stephanie Hooton of Derry", "Ana Ruiz of the University of Texas": a person's name of two or
   * more words before the first "of" is the name; what follows says where they are from. Null when
   * the words before "of" do not end in such a name ("Bank of England", "Secretary of State").
   */
  private static String nameBeforeOf(String[] words) {
    int of = Arrays.asList(words).indexOf("of");
    if (of < 2) {
      return null;
    }
    int start = of;
    while (start > 0
        && NameParticles.inName(words, start - 1)
        && !TITLES.contains(bare(words[start - 1]))) {
      start--;
    }
    if (of - start < 2) {
      return null;
    }
    String name = String.join(" ", Arrays.copyOfRange(words, start, of));
    return Speaker.PERSON.equals(SpeakerVariants.typeOf(name)) ? name : null;
  }

  /** Lower-case word without trailing dots or a possessive "'s". */
  static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    while (w.endsWith(".") || w.endsWith(",")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
