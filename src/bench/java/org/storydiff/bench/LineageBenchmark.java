package org.storydiff.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storydiff.eval.LineageScorer;
import org.storydiff.lineage.LineageFinder;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.StoryResult;
import org.storydiff.model.VersionLineage;
import org.storydiff.pipeline.ArticleAnalyzer;
import org.storydiff.pipeline.StoryPipeline;

/**
 * {@code scripts/benchmark lineage}: the story pipeline in plain Java (no Spark, no clustering: the
 * generator's own stories) over a generated corpus, scoring lineage against the generator's labels
 * as {@code benchmark run} does, and timing the lineage step against the rest of the pipeline; or
 * one story told by many outlets, with its seconds and heap. The lineage step is timed by running
 * {@link LineageFinder} a second time on the pipeline's own alignments, so its share is the time of
 * that second run over the pipeline's time without it. Single-threaded; not part of the tests.
 */
final class LineageBenchmark {

  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
  private final StoryPipeline pipeline = new StoryPipeline();
  private final LineageFinder finder = new LineageFinder();
  private long analyzeNanos;
  private long pipelineNanos;
  private long lineageNanos;

  /** Lines to print for the corpus's multi-version stories. */
  static List<String> corpus(SyntheticCorpus corpus) {
    LineageBenchmark b = new LineageBenchmark();
    Map<String, String> found = new HashMap<>();
    Map<String, String> derived = new LinkedHashMap<>();
    Map<String, String> ofPickup = new LinkedHashMap<>();
    Map<String, String> ofOriginal = new LinkedHashMap<>();
    List<String> independent = new ArrayList<>();
    List<String> rewrites = new ArrayList<>();
    int stories = 0;
    for (int s = 0; s < corpus.stories(); s++) {
      if (corpus.versions(s) < 2) {
        continue;
      }
      stories++;
      List<GeneratedArticle> story = corpus.story(s);
      Map<String, String> styleOf = new HashMap<>();
      for (GeneratedArticle g : story) {
        String id = g.article().id();
        styleOf.put(id, g.style());
        if (g.derivedFrom() != null) {
          derived.put(id, g.derivedFrom());
        } else if (GeneratedArticle.INDEPENDENT.equals(g.style())) {
          independent.add(id);
        } else if ("rewrite".equals(g.style())) {
          rewrites.add(id);
        }
      }
      for (GeneratedArticle g : story) {
        if (g.derivedFrom() != null) {
          (GeneratedArticle.PICKUP.equals(styleOf.get(g.derivedFrom())) ? ofPickup : ofOriginal)
              .put(g.article().id(), g.derivedFrom());
        }
      }
      for (VersionLineage l : b.run("s" + s, story).lineage()) {
        found.put(l.articleId(), l.derivedFrom());
      }
    }
    List<String> out = new ArrayList<>();
    out.add(LineageScorer.score(found, derived, independent).line());
    out.add(
        "lineage: pickups of an original "
            + LineageAccuracy.right(found, ofOriginal)
            + "; pickups of a pickup "
            + LineageAccuracy.right(found, ofPickup));
    long given = rewrites.stream().filter(id -> found.get(id) != null).count();
    out.add(
        String.format(
            Locale.ROOT,
            "lineage: rewrites of the wire text given a source=%.3f (%d of %d)",
            rewrites.isEmpty() ? 0.0 : given / (double) rewrites.size(),
            given,
            rewrites.size()));
    out.add(b.timing(stories));
    return out;
  }

  /** Lines to print for one story told by {@code versions} outlets. */
  static List<String> manyVersions(SyntheticCorpus corpus, int versions) {
    List<GeneratedArticle> story = corpus.storyWithVersions(firstMultiVersion(corpus), versions);
    long pickups = story.stream().filter(g -> g.derivedFrom() != null).count();
    HeapPeaks.reset();
    LineageBenchmark b = new LineageBenchmark();
    StoryResult r = b.run("many", story);
    long withSource = r.lineage().stream().filter(l -> l.derivedFrom() != null).count();
    return List.of(
        String.format(
            Locale.ROOT,
            "one story of %d versions (%d pickups): %d lineage rows, %d with a source; peak heap"
                + " used %,d MiB",
            versions,
            pickups,
            r.lineage().size(),
            withSource,
            HeapPeaks.bytes() >> 20),
        b.timing(1));
  }

  private StoryResult run(String storyId, List<GeneratedArticle> story) {
    long t0 = System.nanoTime();
    List<AnalyzedArticle> versions = new ArrayList<>(story.size());
    story.forEach(g -> versions.add(analyzer.analyze(g.article())));
    long t1 = System.nanoTime();
    StoryResult r = pipeline.process(storyId, versions);
    long t2 = System.nanoTime();
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    versions.forEach(v -> byId.put(v.id(), v));
    List<AnalyzedArticle> compared =
        versions.stream().filter(v -> !r.notCompared().contains(v.id())).toList();
    finder.find(versions, compared, r.alignments());
    long t3 = System.nanoTime();
    analyzeNanos += t1 - t0;
    pipelineNanos += t2 - t1;
    lineageNanos += t3 - t2;
    return r;
  }

  private String timing(int stories) {
    double pipelineS = pipelineNanos / 1e9;
    double lineageS = lineageNanos / 1e9;
    return String.format(
        Locale.ROOT,
        "lineage cost: %d stories; analyze %.1f s; story pipeline %.1f s of which lineage %.2f s"
            + " (+%.1f%% over the pipeline without it; timed by a second LineageFinder run on the"
            + " same alignments)",
        stories,
        analyzeNanos / 1e9,
        pipelineS,
        lineageS,
        100 * lineageS / Math.max(1e-9, pipelineS - lineageS));
  }

  static int firstMultiVersion(SyntheticCorpus corpus) {
    for (int s = 0; s < corpus.stories(); s++) {
      if (corpus.versions(s) > 1) {
        return s;
      }
    }
    return 0;
  }
}
