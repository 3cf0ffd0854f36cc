package org.storydiff.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Links the stories of this run to stories of an earlier run's output ({@code --previous}), so a
 * story that goes on over several days keeps its id. Works on {@link StorySketch}es only, never on
 * the earlier articles.
 *
 * <ul>
 *   <li><b>Candidates</b>: like articles in clustering, stories are compared only when they share a
 *       blocking key (one of the {@code blockingKeys} heaviest words or names of their centroids;
 *       numbers and dates never, see {@link BlockingKeys}) and lie within the time window. A key
 *       held by more than {@code maxBlockSize} stories on either side is skipped, so the work stays
 *       bounded. Every story also has its own id as a key, so a story whose id already exists in
 *       the earlier output (the same articles given again) always meets it.
 *   <li><b>Score</b>: the {@link StoryCentroid#dot dot product} of the centroids (the average
 *       cosine over all pairs of their articles, that is the clustering's average link), times the
 *       clustering's date factor for the days between the two stories (0 when they overlap or are 2
 *       days apart at most, nothing beyond {@code maxDateGapDays}).
 *   <li><b>Assignment</b>: one to one. Pairs scoring at least the clustering threshold are taken
 *       greedily, best first; a story already linked is not linked again. So an earlier story
 *       continues in at most one story of this run: two of today's stories that today's clustering
 *       kept apart are not merged through an earlier story (that would be the chaining average link
 *       exists to prevent); the less similar one keeps an id of its own.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class PreviousStoryMatcher implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A scored pair of a story of this run and a story of the earlier output. */
  public record Candidate(String storyId, String previousId, double score) implements Serializable {

    /** The same story id on both sides: always linked first. */
    public boolean sameId() {
      return storyId.equals(previousId);
    }
  }

  /** Best first: same ids, then score, then ids, so the assignment is deterministic. */
  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparing((Candidate c) -> !c.sameId())
          .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
          .thenComparing(Candidate::storyId)
          .thenComparing(Candidate::previousId);

  private final double threshold;
  private final int blockingKeys;
  private final int maxBlockSize;
  private final ArticleSimilarity dates;

  public PreviousStoryMatcher(ClusterSettings settings) {
    this.threshold = settings.threshold();
    this.blockingKeys = settings.blockingKeys();
    this.maxBlockSize = settings.maxBlockSize();
    this.dates = new ArticleSimilarity(settings.maxDateGapDays());
  }

  /** The blocking keys of a story: its heaviest words and names, and its own id. */
  public long[] keys(StorySketch story) {
    long[] keys = new long[blockingKeys + 1];
    int n = 0;
    keys[n++] = idKey(story.storyId());
    for (long term : story.centroid().termsByWeight()) {
      if (n > blockingKeys) {
        break;
      }
      TermHash.Kind kind = TermHash.kind(term);
      if (kind == TermHash.Kind.CONTENT || kind == TermHash.Kind.ENTITY) {
        keys[n++] = term;
      }
    }
    return Arrays.copyOf(keys, n);
  }

  /** A key no term hash takes: terms never contain "\u0000". */
  private static long idKey(String storyId) {
    return TermHash.of("\u0000story:" + storyId);
  }

  /**
   * How similar a story of this run is to an earlier story, in [0, 1]: 0 outside the time window.
   */
  public double score(StorySketch story, StorySketch previous) {
    double factor = dates.dateFactor(0L, gapDays(story, previous));
    return factor == 0 ? 0 : factor * story.centroid().dot(previous.centroid());
  }

  /** Days between the two stories' spans of publication, 0 when they overlap; null when unknown. */
  static Long gapDays(StorySketch a, StorySketch b) {
    if (a.firstDay() == null || b.firstDay() == null) {
      return null;
    }
    if (a.firstDay() > b.lastDay()) {
      return a.firstDay() - b.lastDay();
    }
    return b.firstDay() > a.lastDay() ? b.firstDay() - a.lastDay() : 0L;
  }

  /**
   * The candidates of one block (stories sharing a key), each pair once per block; nothing when
   * either side holds more than {@code maxBlockSize} stories.
   */
  public void scoreBlock(
      List<StorySketch> stories, List<StorySketch> previous, Consumer<Candidate> sink) {
    if (stories.size() > maxBlockSize || previous.size() > maxBlockSize) {
      return;
    }
    for (StorySketch s : stories) {
      for (StorySketch p : previous) {
        boolean sameId = s.storyId().equals(p.storyId());
        double score = score(s, p);
        if (sameId || score >= threshold) {
          sink.accept(new Candidate(s.storyId(), p.storyId(), score));
        }
      }
    }
  }

  /**
   * The one-to-one links, best first (see the class comment).
   *
   * @param candidates scored pairs, duplicates allowed, any order
   * @return story id of this run → id of the earlier story it continues, sorted
   */
  public static Map<String, String> assign(Collection<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(BEST_FIRST);
    Set<String> takenPrevious = new HashSet<>();
    Map<String, String> links = new TreeMap<>();
    for (Candidate c : sorted) {
      if (!links.containsKey(c.storyId()) && !takenPrevious.contains(c.previousId())) {
        links.put(c.storyId(), c.previousId());
        takenPrevious.add(c.previousId());
      }
    }
    return links;
  }

  /**
   * The whole matching in plain Java (blocks, scores, assignment), as the distributed job does it;
   * for tests and small inputs.
   */
  public Map<String, String> match(List<StorySketch> stories, List<StorySketch> previous) {
    Map<Long, List<StorySketch>> todayBlocks = blocks(stories);
    Map<Long, List<StorySketch>> previousBlocks = blocks(previous);
    List<Candidate> candidates = new ArrayList<>();
    todayBlocks.forEach(
        (key, block) -> {
          List<StorySketch> earlier = previousBlocks.get(key);
          if (earlier != null) {
            scoreBlock(block, earlier, candidates::add);
          }
        });
    return assign(candidates);
  }

  private Map<Long, List<StorySketch>> blocks(List<StorySketch> sketches) {
    Map<Long, List<StorySketch>> blocks = new TreeMap<>();
    for (StorySketch s : sketches) {
      for (long key : keys(s)) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    return blocks;
  }
}
