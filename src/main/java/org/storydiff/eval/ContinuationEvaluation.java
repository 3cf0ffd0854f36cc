package org.storydiff.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.cluster.ClusterInput;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.cluster.ClusteringRun;
import org.storydiff.cluster.LocalStoryClusterer;
import org.storydiff.cluster.LocalStoryContinuation;
import org.storydiff.cluster.StorySketch;
import org.storydiff.model.Article;
import org.storydiff.text.SentenceSplitter;

/**
 * How well runs chained by {@code --previous} keep stories together: a labelled set is cut into
 * {@code parts} runs (by a hash of the article id, so every story is spread over the runs, the
 * hardest case), each run is clustered on its own and continues the stories of the run before, and
 * the ids the articles end up with are scored by B-cubed against the gold stories. Printed beside
 * the one-run clustering of the whole set (the ceiling) and the runs without {@code --previous}
 * (every run's stories apart: the floor). Plain Java, the job's own clustering steps.
 */
public final class ContinuationEvaluation {

  /** The three scores. */
  public record Result(
      BCubed.Score oneRun, BCubed.Score chained, BCubed.Score separate, long continued) {}

  private ContinuationEvaluation() {}

  /**
   * @param articles the labelled set's articles by id
   * @param gold article id → gold story
   * @param parts runs to cut the set into, ≥ 2
   */
  public static Result evaluate(
      Map<String, Article> articles,
      Map<String, Integer> gold,
      int parts,
      ClusterSettings settings) {
    if (parts < 2) {
      throw new IllegalArgumentException("--parts must be ≥ 2, e.g. 2, got " + parts);
    }
    SentenceSplitter splitter = new SentenceSplitter();
    List<List<ClusterInput>> runs = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      runs.add(new ArrayList<>());
    }
    List<ClusterInput> all = new ArrayList<>();
    articles.values().stream()
        .sorted(Comparator.comparing(Article::id))
        .forEach(
            a -> {
              ClusterInput input = ClusterInput.analyze(a, splitter.split(a.body(), a.language()));
              all.add(input);
              runs.get(Math.floorMod(a.id().hashCode(), parts)).add(input);
            });
    LocalStoryClusterer clusterer = new LocalStoryClusterer(settings);
    LocalStoryContinuation continuation = new LocalStoryContinuation(settings);
    Map<String, String> chained = new HashMap<>();
    Map<String, String> separate = new HashMap<>();
    List<StorySketch> previous = List.of();
    long continued = 0;
    for (List<ClusterInput> run : runs) {
      ClusteringRun clustered = clusterer.run(run);
      LocalStoryContinuation.Outcome outcome = continuation.apply(clustered.stories(), previous);
      clustered
          .storyIds()
          .forEach(
              (article, story) -> {
                separate.put(article, story);
                chained.put(article, outcome.links().getOrDefault(story, story));
              });
      continued += outcome.continued();
      previous = outcome.stories();
    }
    // A story continued over several runs keeps one id: the chained ids are final as they stand.
    return new Result(
        BCubed.score(clusterer.storyIds(all), gold),
        BCubed.score(chained, gold),
        BCubed.score(separate, gold),
        continued);
  }
}
