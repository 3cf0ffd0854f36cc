package org.storydiff.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Rewords a sentence template the way a rewrite desk does: common words swapped for words that keep
 * the meaning, never inside a slot (names, figures) and never in quoted words. Used twice: once per
 * story (each story has its own wording, as two reporters covering two fires would) and once per
 * version (a rewrite desk). Stateless and thread-safe.
 */
final class Paraphrase {

  private static final Map<String, List<String>> SYNONYMS =
      Map.ofEntries(
          Map.entry("officials", List.of("authorities", "administrators")),
          Map.entry("authorities", List.of("officials", "the state")),
          Map.entry("residents", List.of("locals", "inhabitants", "townspeople")),
          Map.entry("began", List.of("started", "got under way")),
          Map.entry("huge", List.of("massive", "vast", "enormous")),
          Map.entry("help", List.of("assistance", "aid", "support")),
          Map.entry("closed", List.of("shut", "sealed off")),
          Map.entry("main", List.of("central", "principal", "chief")),
          Map.entry("nearby", List.of("neighbouring", "adjacent", "surrounding")),
          Map.entry("expected", List.of("likely", "forecast", "due")),
          Map.entry("quickly", List.of("rapidly", "swiftly", "fast")),
          Map.entry("workers", List.of("employees", "staff")),
          Map.entry("families", List.of("households", "relatives")),
          Map.entry("several", List.of("a number of", "various", "some")),
          Map.entry("damage", List.of("destruction", "harm")),
          Map.entry("roads", List.of("streets", "routes")),
          Map.entry("town", List.of("community", "municipality", "locality")),
          Map.entry("said", List.of("stated", "reported", "added")),
          Map.entry("because", List.of("as", "since")),
          Map.entry("talks", List.of("negotiations", "discussions")),
          Map.entry("deal", List.of("agreement", "accord", "transaction")),
          Map.entry("site", List.of("scene", "location", "premises")),
          Map.entry("fears", List.of("concerns", "worries")),
          Map.entry("called", List.of("pressed", "appealed")),
          Map.entry("warned", List.of("cautioned", "alerted")),
          Map.entry("big", List.of("large", "major")),
          Map.entry("biggest", List.of("largest", "greatest")),
          Map.entry("night", List.of("overnight hours", "dark hours")),
          Map.entry("morning", List.of("early hours", "dawn")),
          Map.entry("evening", List.of("night", "late hours")),
          Map.entry("water", List.of("floodwater", "water")),
          Map.entry("buildings", List.of("structures", "blocks")),
          Map.entry("building", List.of("structure", "block")),
          Map.entry("search", List.of("hunt", "rescue effort")),
          Map.entry("cost", List.of("price", "expense")),
          Map.entry("government", List.of("cabinet", "administration")),
          Map.entry("minister", List.of("secretary", "minister")),
          Map.entry("meeting", List.of("session", "gathering")),
          Map.entry("leaders", List.of("chiefs", "heads")),
          Map.entry("companies", List.of("firms", "businesses")),
          Map.entry("company", List.of("firm", "business", "group")),
          Map.entry("money", List.of("funds", "cash", "financing")),
          Map.entry("public", List.of("people", "population")),
          Map.entry("local", List.of("regional", "municipal")),
          Map.entry("area", List.of("district", "zone", "neighbourhood")),
          Map.entry("reports", List.of("accounts", "reporting")),
          Map.entry("support", List.of("backing", "help")),
          Map.entry("asked", List.of("urged", "told", "requested")),
          Map.entry("sent", List.of("dispatched", "deployed")),
          Map.entry("found", List.of("discovered", "located")),
          Map.entry("powerful", List.of("strong", "violent", "intense")),
          Map.entry("heavy", List.of("intense", "severe")),
          Map.entry("country", List.of("nation", "state")),
          Map.entry("countries", List.of("nations", "states")),
          Map.entry("shops", List.of("stores", "retailers")),
          Map.entry("schools", List.of("classrooms", "colleges")),
          Map.entry("hospital", List.of("clinic", "medical centre")),
          Map.entry("children", List.of("pupils", "youngsters")),
          Map.entry("later", List.of("afterwards", "subsequently")),
          Map.entry("announced", List.of("declared", "unveiled")),
          Map.entry("rise", List.of("increase", "climb")),
          Map.entry("lost", List.of("forfeited", "gave up")),
          Map.entry("many", List.of("numerous", "plenty of")),
          Map.entry("news", List.of("reports", "events")),
          Map.entry("record", List.of("unprecedented", "record")));

  private Paraphrase() {}

  /** Each swappable word is swapped with probability {@code intensity}. */
  static String reword(String template, double intensity, SplittableRandom rng) {
    if (intensity <= 0) {
      return template;
    }
    String[] words = template.split(" ", -1);
    StringBuilder out = new StringBuilder(template.length() + 16);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      int end = w.length();
      while (end > 0 && !Character.isLetter(w.charAt(end - 1))) {
        end--;
      }
      List<String> synonyms = w.indexOf('{') < 0 ? SYNONYMS.get(w.substring(0, end)) : null;
      if (i > 0) {
        out.append(' ');
      }
      if (synonyms != null && rng.nextDouble() < intensity) {
        out.append(synonyms.get(rng.nextInt(synonyms.size()))).append(w, end, w.length());
      } else {
        out.append(w);
      }
    }
    return out.toString();
  }
}
