package org.storydiff.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.storydiff.model.StoryResult;

/**
 * What the run summary and the dataset writes need to know about the story results, gathered in one
 * pass over them: each further pass deserializes every cached story (its versions' sentences and
 * tokens included), which cost more than the counting itself.
 *
 * @param rows rows per dataset built from the results: articles, alignments, facts, changes,
 *     lineage
 * @param findings findings by change, then by kind (wire names), sorted
 * @param notCompared stories with versions left out (--max-versions): story id → versions left out
 * @param facts the versions' facts by kind (wire names), sorted: every analysed article is a
 *     version of exactly one story
 */
record ResultTotals(
    long stories,
    long multiVersion,
    long failed,
    long[] rows,
    Map<String, Map<String, Long>> findings,
    Map<String, Integer> notCompared,
    Map<String, Long> facts)
    implements Serializable {

  static ResultTotals of(JavaRDD<StoryOutput> stories) {
    return stories.map(StoryOutput::totals).fold(empty(), ResultTotals::plus);
  }

  /**
   * {@code rows}: the rows built from the story for each dataset ({@link StoryOutput#DATASETS}).
   */
  static ResultTotals of(StoryResult r, long[] rows) {
    Map<String, Map<String, Long>> findings = new TreeMap<>();
    r.findings()
        .forEach(
            f ->
                findings
                    .computeIfAbsent(f.change().wireName(), k -> new TreeMap<>())
                    .merge(f.kind().wireName(), 1L, Long::sum));
    Map<String, Long> facts = new TreeMap<>();
    r.versions()
        .forEach(v -> v.facts().forEach(f -> facts.merge(f.kind().wireName(), 1L, Long::sum)));
    Map<String, Integer> notCompared = new TreeMap<>();
    if (!r.notCompared().isEmpty()) {
      notCompared.put(r.storyId(), r.notCompared().size());
    }
    return new ResultTotals(
        1,
        r.isMultiVersion() ? 1 : 0,
        r.failure() != null ? 1 : 0,
        rows,
        findings,
        notCompared,
        facts);
  }

  static ResultTotals empty() {
    return new ResultTotals(
        0,
        0,
        0,
        new long[StoryOutput.DATASETS.size()],
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>());
  }

  ResultTotals plus(ResultTotals other) {
    long[] sum = new long[rows.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = rows[i] + other.rows[i];
    }
    Map<String, Map<String, Long>> allFindings = new TreeMap<>();
    for (Map<String, Map<String, Long>> side : List.of(findings, other.findings)) {
      side.forEach(
          (change, byKind) ->
              byKind.forEach(
                  (kind, n) ->
                      allFindings
                          .computeIfAbsent(change, k -> new TreeMap<>())
                          .merge(kind, n, Long::sum)));
    }
    Map<String, Integer> allNotCompared = new TreeMap<>(notCompared);
    allNotCompared.putAll(other.notCompared);
    Map<String, Long> allFacts = new TreeMap<>(facts);
    other.facts.forEach((kind, n) -> allFacts.merge(kind, n, Long::sum));
    return new ResultTotals(
        stories + other.stories,
        multiVersion + other.multiVersion,
        failed + other.failed,
        sum,
        allFindings,
        allNotCompared,
        allFacts);
  }

  long versionsNotCompared() {
    return notCompared.values().stream().mapToLong(Integer::longValue).sum();
  }
}
