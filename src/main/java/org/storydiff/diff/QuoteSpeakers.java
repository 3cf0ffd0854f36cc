package org.storydiff.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storydiff.extract.NameParticles;
import org.storydiff.extract.SpeakerVariants;
import org.storydiff.model.Quote;

/**
 * The one decision of whether two versions give one quote the same speaker. Speakers compare as
 * entities by their resolved names through {@link SpeakerVariants} (spelling, transliteration,
 * titles, initials, acronyms the story's versions expand), never as strings; a version whose
 * speaker is unresolved, only described or a lone partial name has no say. A difference is {@link
 * Relation#CERTAIN} only when both versions name their speaker at the quote and both names are
 * names, not descriptions. Not thread-safe across stories: one per story.
 */
final class QuoteSpeakers {

  /** How two versions' speakers of one quote relate. */
  enum Relation {
    /** One entity, however written; or a side has no resolved speaker. */
    SAME_OR_UNKNOWN,
    /** Different entities, both named at the quote: a speaker change. */
    CERTAIN,
    /**
     * Different as read, but a side is known through a pronoun, an inherited speaker or the
     * sentence before, or is not named at the quote.
     */
    UNSURE
  }

  /**
   * Most characters between two names that the text ties ("Zadan and Meron", "Su, AMD's chief").
   */
  static final int TIED_WITHIN = 40;

  private final SpeakerVariants variants;
  private final List<String> bodies = new ArrayList<>();

  QuoteSpeakers(StoryIndex index) {
    Map<String, String> acronyms = new HashMap<>();
    for (int v = 0; v < index.size(); v++) {
      SpeakerVariants.acronyms(index.version(v).body()).forEach(acronyms::putIfAbsent);
      bodies.add(index.version(v).body());
    }
    this.variants = new SpeakerVariants(acronyms);
  }

  /**
   * Entity classes of the versions' speakers: versions whose speakers name one entity share a class
   * id; versions without a resolved speaker are left out, so they never differ.
   */
  Map<Integer, Integer> classes(Map<Integer, Quote> speakerOf) {
    Map<Integer, Integer> out = new HashMap<>();
    List<String> representatives = new ArrayList<>();
    speakerOf.keySet().stream()
        .sorted()
        .forEach(
            v -> {
              String name = speakerOf.get(v).speakerName();
              if (name == null) {
                return;
              }
              int cls = -1;
              for (int r = 0; r < representatives.size() && cls < 0; r++) {
                if (variants.same(representatives.get(r), name)) {
                  cls = r;
                }
              }
              if (cls < 0) {
                representatives.add(name);
                cls = representatives.size() - 1;
              }
              out.put(v, cls);
            });
    return out;
  }

  /**
   * How {@code a}'s speaker relates to {@code b}'s. A side that is no comparable entity ({@link
   * #comparable}) leaves the relation unknown: no finding at all, not even a low one.
   */
  Relation compare(Quote a, Quote b) {
    if (!comparable(a) || !comparable(b) || variants.same(a.speakerName(), b.speakerName())) {
      return Relation.SAME_OR_UNKNOWN;
    }
    return named(a)
            && named(b)
            && !organisationAndPerson(a, b)
            && !tied(a, b)
            && !shareANameWord(a.speakerName(), b.speakerName())
        ? Relation.CERTAIN
        : Relation.UNSURE;
  }

  /**
   * Whether two names share a capitalized word of three letters or more: "Machthaber Kim Jong Un"
   * and "Machthabers Kim" (a family name first, a title inflected), or two Kims of one family. One
   * person or two, a change of speaker between them is not certain.
   */
  static boolean shareANameWord(String a, String b) {
    Set<String> words = new HashSet<>();
    for (String w : a.strip().split("\\s+")) {
      if (w.length() >= 3 && Character.isUpperCase(w.codePointAt(0))) {
        words.add(nameWord(w));
      }
    }
    for (String w : b.strip().split("\\s+")) {
      if (words.contains(nameWord(w))) {
        return true;
      }
    }
    return false;
  }

  /** A word of a name without its punctuation ("Kim," is "Kim"). */
  private static String nameWord(String w) {
    return w.replaceAll("[^\\p{L}\\p{N}-]", "");
  }

  /**
   * Whether a quote's speaker is an entity another version's can be told apart from: a name, not
   * only a description ("Ostrel's mayor", "a Kremlin spokesman", "the town's fire chief": the
   * person another version names may hold that post), and for a person more than a lone word the
   * article never expands ("Zhang": a fragment, or anyone of that surname). Whoever the description
   * or fragment stands for, comparing it with a name can only guess; the rule is that a
   * guess is no finding.
   */
  static boolean comparable(Quote q) {
    String name = q.speakerName();
    if (name == null || !SpeakerVariants.isName(name)) {
      return false;
    }
    return isOrganisation(name) || name.strip().split("\\s+").length > 1;
  }

  /**
   * Whether some version names the two speakers side by side: a joint attribution ("said Zadan and
   * Meron"), a person and the body they speak for ("Lisa Su, AMD's chief executive"), or one name
   * that is a fragment of the other's phrase ("Enough Project Co-founder John Prendergast"). Either
   * may be the one another version gives the words to.
   */
  boolean tied(Quote a, Quote b) {
    List<String> ka = keys(a.speakerName());
    List<String> kb = keys(b.speakerName());
    for (String body : bodies) {
      for (String x : ka) {
        for (String y : kb) {
          if (near(body, x, y) || near(body, y, x)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A name as written and its last word (the surname), when that is a word of three letters. */
  private static List<String> keys(String name) {
    String full = name.strip();
    String[] words = full.split("\\s+");
    String last = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
    return last.length() >= 3 && words.length > 1 ? List.of(full, last) : List.of(full);
  }

  /** {@code y} starts within {@link #TIED_WITHIN} characters after an occurrence of {@code x}. */
  private static boolean near(String body, String x, String y) {
    for (int i = body.indexOf(x); i >= 0; i = body.indexOf(x, i + 1)) {
      int from = i + x.length();
      int to = Math.min(body.length(), from + TIED_WITHIN + y.length());
      if (body.substring(from, to).contains(y)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One side an organisation, the other a person: the person may be its chief or spokesperson
   * ("AMD" and its chief executive), which the story does not always say.
   */
  static boolean organisationAndPerson(Quote a, Quote b) {
    return isOrganisation(a.speakerName()) != isOrganisation(b.speakerName());
  }

  private static boolean isOrganisation(String name) {
    return "organisation".equals(SpeakerVariants.typeOf(name));
  }

  /**
   * Named at the quote by one full name, not a description: no leading article ("the blog", "the
   * New Jersey Democrat"), no joint attribution ("X and Y"), every word of it capitalised but
   * joiners ("Some of the protesters" is a description); a person's name of one word ("Zhang",
   * "Asked", "United") is no certain identity either: the article never gave the full name, and a
   * lone word may be a fragment of one.
   */
  static boolean named(Quote q) {
    String name = q.speakerName();
    if (!q.speakerNamedHere() || !SpeakerVariants.isName(name)) {
      return false;
    }
    String[] words = name.strip().split("\\s+");
    String first = words[0].toLowerCase(Locale.ROOT);
    if (DESCRIPTION_START.contains(first) && !(first.equals("the") && isOrganisation(name))) {
      return false;
    }
    String last = words[words.length - 1].replace(".", "");
    if (words.length > 1 && last.length() == 1) {
      return false; // "Edward J", cut from "Edward J. Markey"
    }
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (JOINT.contains(lower) || w.endsWith(",")) {
        return false;
      }
      if (!JOINERS.contains(lower) && !NameParticles.isNameWord(w)) {
        return false;
      }
    }
    return isOrganisation(name) || words.length > 1;
  }

  private static final Set<String> DESCRIPTION_START =
      Set.of(
          "the", "a", "an", "some", "one", "two", "several", "many", "his", "her", "its", "their");
  private static final Set<String> JOINT = Set.of("and", "&", "with", "or");
  private static final Set<String> JOINERS =
      Set.of(
          "of", "the", "for", "de", "van", "von", "der", "da", "du", "la", "le", "al", "el", "bin");
}
