package org.storydiff.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * What a run did, written to {@code summary.json}: record counts that must balance (read =
 * accepted + rejected), stories, findings by change and kind, and seconds and counts per stage.
 */
public record RunSummary(
    long recordsRead,
    long accepted,
    long rejected,
    boolean balanced,
    List<String> skippedFiles,
    long stories,
    long multiVersionStories,
    long singleVersionStories,
    long alignments,
    Map<String, Long> facts,
    Map<String, Map<String, Long>> findings,
    long findingsTotal,
    long reportPages,
    long versionsNotCompared,
    long storiesFailed,
    long candidatePairs,
    long clusterEdges,
    Map<String, Double> stageSeconds,
    Map<String, Long> stageCounts,
    String master,
    String format) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize summary", e);
    }
  }
}
