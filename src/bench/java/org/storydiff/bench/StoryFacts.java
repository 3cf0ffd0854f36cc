package org.storydiff.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one synthetic story is about, before any agency writes it: the event and its planted figures
 * and quotes, and the canonical sentences every version draws from.
 *
 * @param index the story's number in the corpus, 0-based
 * @param kind the kind of event
 * @param slots the story's fixed slot values (place, region, org, people, roles, weekday, ...)
 * @param figures the canonical value of each figure slot
 * @param sentences the canonical sentences in canonical order (lead first)
 * @param day the day the event happened
 * @param sequelOf the earlier story this one continues (same place, people and kind, new figures,
 *     days later: a different story that only the dates tell apart), or -1
 * @param versions how many agencies report it (1 for a singleton)
 */
record StoryFacts(
    int index,
    Templates.Kind kind,
    Map<String, String> slots,
    Map<String, Double> figures,
    List<Canonical> sentences,
    LocalDate day,
    int sequelOf,
    int versions) {

  /** What a canonical sentence is for. */
  enum Role {
    LEAD,
    DETAIL,
    QUOTE,
    BACKGROUND
  }

  /**
   * One canonical sentence as a template whose story slots are filled but whose figure slots
   * ({@code {dead}}) are not, so each version can write its own figures.
   *
   * @param key stable within the story: "lead", "d3", "q1", "b7"
   * @param quote the quoted words for a QUOTE sentence, else null
   * @param speaker index into the story's people for a QUOTE sentence, else -1
   * @param attribution 0..2: the attribution pattern of a QUOTE sentence
   */
  record Canonical(
      String key, Role role, String template, String quote, int speaker, int attribution) {}
}
