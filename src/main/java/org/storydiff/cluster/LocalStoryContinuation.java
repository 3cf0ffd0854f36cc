package org.storydiff.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Incremental runs in plain Java, for tests and small inputs: the same steps and results as the
 * distributed job ({@code spark.ContinueStories}). This run's stories are linked to the previous
 * output's ({@link PreviousStoryMatcher}), then {@link StoryLedger} decides what the run's {@code
 * stories/} dataset holds. Thread-safe (holds only settings).
 */
public final class LocalStoryContinuation {

  /**
   * @param links story id of this run → the earlier id it takes, sorted
   * @param stories the run's {@code stories/} rows, sorted by id
   * @param continued stories of this run that took an earlier id
   * @param carried earlier stories kept without a new article
   * @param expired earlier stories dropped because they left the time window
   */
  public record Outcome(
      Map<String, String> links,
      List<StorySketch> stories,
      long continued,
      long carried,
      long expired) {}

  private final PreviousStoryMatcher matcher;
  private final StoryLedger ledger;

  public LocalStoryContinuation(ClusterSettings settings) {
    this.matcher = new PreviousStoryMatcher(settings);
    this.ledger = new StoryLedger(settings.maxDateGapDays());
  }

  /**
   * @param stories this run's stories (unique ids)
   * @param previous the previous output's stories (an id given twice counts once, see {@link
   *     StoryLedger#preferred})
   */
  public Outcome apply(List<StorySketch> stories, List<StorySketch> previous) {
    Map<String, StorySketch> earlier = new TreeMap<>();
    previous.forEach(p -> earlier.merge(p.storyId(), p, StoryLedger::preferred));
    Map<String, String> links = matcher.match(stories, new ArrayList<>(earlier.values()));
    Long runDay = stories.stream().map(StorySketch::lastDay).reduce(null, StoryLedger::max);

    Map<String, StorySketch> today = new TreeMap<>();
    stories.forEach(s -> today.put(links.getOrDefault(s.storyId(), s.storyId()), s));
    List<StorySketch> out = new ArrayList<>();
    long carried = 0;
    long expired = 0;
    for (String id : union(today, earlier)) {
      Optional<StorySketch> row = ledger.next(today.get(id), earlier.get(id), runDay);
      row.ifPresent(out::add);
      if (!today.containsKey(id)) {
        carried += row.isPresent() ? 1 : 0;
        expired += row.isPresent() ? 0 : 1;
      }
    }
    out.sort(Comparator.comparing(StorySketch::storyId));
    return new Outcome(links, out, links.size(), carried, expired);
  }

  private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
    TreeMap<String, Boolean> ids = new TreeMap<>();
    a.keySet().forEach(id -> ids.put(id, true));
    b.keySet().forEach(id -> ids.put(id, true));
    return new ArrayList<>(ids.keySet());
  }
}
