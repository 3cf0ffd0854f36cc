package org.storydiff.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Words a sentence the way a reporter writing the story afresh would, keeping its facts (names,
 * figures, quoted words): every swappable word swapped ({@link Paraphrase}), and the sentence
 * recast one of three ways drawn at random: its two clauses turned round at the first comma (when
 * it has one), opened with an attribution, or closed with one. Each leaves less than nine tenths of
 * the sentence's words in order, so a version written this way shares facts but not sentences, and
 * two such versions seldom recast a sentence alike. Stateless and thread-safe.
 */
final class OwnWording {

  private static final List<String> OPENERS =
      List.of(
          "By the latest account available to reporters,",
          "Local people and officials interviewed on the spot agreed that",
          "As far as could be established late in the day,",
          "In the account pieced together by this outlet's reporters,",
          "Speaking on condition of anonymity, one person involved said that",
          "Our correspondent on the scene was told that");

  private static final List<String> CLOSERS =
      List.of(
          "this outlet has learned from people close to the matter",
          "according to accounts gathered by our correspondents",
          "several witnesses told this outlet on the day",
          "people familiar with the details said late in the day",
          "a statement read out to the gathered press later confirmed",
          "as reporters on the scene were able to establish");

  private OwnWording() {}

  static String of(String sentence, SplittableRandom rng) {
    String reworded = Paraphrase.reword(sentence, 1.0, rng);
    String body = reworded.endsWith(".") ? reworded.substring(0, reworded.length() - 1) : reworded;
    int comma = body.indexOf(", ");
    boolean turnable = comma > 20 && comma < body.length() - 20 && body.indexOf('"') < 0;
    int how = rng.nextInt(3);
    if (how == 0 && turnable) {
      String first = body.substring(0, comma);
      String second = body.substring(comma + 2);
      return capitalized(second) + ", " + lowerFirst(first) + ".";
    }
    if (how == 1) {
      return body + ", " + Names.pick(rng, CLOSERS) + ".";
    }
    return Names.pick(rng, OPENERS) + " " + lowerFirst(body) + ".";
  }

  private static String capitalized(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Lower-cases a first word that is a common word, never a name (two capitals in a row). */
  private static String lowerFirst(String s) {
    if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
      return s;
    }
    int space = s.indexOf(' ');
    String word = space < 0 ? s : s.substring(0, space);
    boolean common =
        List.of("The", "A", "An", "In", "On", "At", "Some", "Many", "Officials", "Residents", "It")
            .contains(word);
    return common ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1) : s;
  }
}
