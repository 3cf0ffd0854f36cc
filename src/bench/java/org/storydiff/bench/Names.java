package org.storydiff.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Invented proper names built from syllables, so a large corpus has the long tail of rare names
 * real news has (and the occasional shared surname). Stateless and thread-safe.
 */
final class Names {

  private static final List<String> SYLLABLES =
      List.of(
          "ka", "lo", "ren", "ta", "vi", "mar", "del", "os", "bri", "san", "tu", "ne", "cor", "al",
          "ven", "mi", "ro", "gar", "li", "dun", "es", "fa", "hol", "ir", "jon", "ker", "lan", "mo",
          "nor", "pel", "quin", "ras", "sel", "tor", "ul", "var", "wen", "yor", "zan", "bel", "cas",
          "dor", "el", "fin", "gul", "har", "is", "jas", "kol", "lum", "mer", "nis", "ob", "per",
          "rin", "sto", "tam", "ur", "vel", "wil");

  private static final List<String> PLACE_SUFFIXES =
      List.of("", "", "", "ford", "ovo", "ara", "mouth", "burg", "ville", "ton", "stad", "polis");

  private static final List<String> PLACE_PREFIXES =
      List.of("", "", "", "", "", "Port ", "San ", "New ", "Upper ", "Lake ");

  private static final List<String> REGION_SUFFIXES =
      List.of("ia", "ania", "or", "esh", "and", "istan", "ica", "ay");

  private static final List<String> AGENCIES =
      List.of(
          "Northwire",
          "Continental Press",
          "Meridian News",
          "Harbor Wire Service",
          "Atlas Newswire",
          "Capital Desk",
          "Eastern Bulletin",
          "Pacifica Press",
          "Lighthouse News",
          "Summit Wire",
          "Union Press Agency",
          "Crossroads Media",
          "Bay Dispatch",
          "Frontier Post",
          "Keystone Wire",
          "Delta Report");

  private Names() {}

  static String person(SplittableRandom rng) {
    return word(rng, 2) + " " + word(rng, 2 + rng.nextInt(2));
  }

  static String place(SplittableRandom rng) {
    String stem = word(rng, 2 + rng.nextInt(2));
    return pick(rng, PLACE_PREFIXES) + stem + pick(rng, PLACE_SUFFIXES);
  }

  static String region(SplittableRandom rng) {
    return word(rng, 2) + pick(rng, REGION_SUFFIXES);
  }

  private static final List<String> STREETS =
      List.of("Street", "Road", "Avenue", "Lane", "Boulevard");
  private static final List<String> LANDMARKS =
      List.of("Bridge", "Market", "Tower", "Stadium", "Cathedral", "Park", "Station", "Library");

  static String district(SplittableRandom rng) {
    return word(rng, 2 + rng.nextInt(2));
  }

  static String street(SplittableRandom rng) {
    return word(rng, 2 + rng.nextInt(2)) + " " + pick(rng, STREETS);
  }

  static String landmark(SplittableRandom rng) {
    return word(rng, 2) + " " + pick(rng, LANDMARKS);
  }

  /** The number of distinct agencies; a story has at most this many versions. */
  static int agencyCount() {
    return AGENCIES.size();
  }

  static String agency(int index) {
    return AGENCIES.get(index);
  }

  static String surname(String person) {
    return person.substring(person.lastIndexOf(' ') + 1);
  }

  private static String word(SplittableRandom rng, int syllables) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      w.append(pick(rng, SYLLABLES));
    }
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  static <T> T pick(SplittableRandom rng, List<T> list) {
    return list.get(rng.nextInt(list.size()));
  }
}
