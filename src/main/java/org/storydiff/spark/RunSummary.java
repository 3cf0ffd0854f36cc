package org.storydiff.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * What a run did, written to {@code summary.json}: record counts that must balance (read =
 * accepted + rejected), stories, findings by change and kind, seconds and counts per stage, and what
 * was continued from an earlier output.
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
    String format,
    Previous previous) {

  /**
   * What a run took from an earlier output ({@code --previous}); all zero without one.
   *
   * @param output the earlier output directory, null without --previous
   * @param storiesRead valid rows of its stories/ dataset (an id given twice counts twice)
   * @param invalidRows rows skipped because they are not a valid story
   * @param storiesContinued stories of this run that took an earlier story's id
   * @param storiesCarriedForward earlier stories with no new article, kept in this run's stories/
   * @param storiesExpired earlier stories dropped because they left the time window
   */
  public record Previous(String output, long storiesRead, long invalidRows, long storiesContinued,
      long storiesCarriedForward, long storiesExpired) {

    public static final Previous NONE = new Previous(null, 0, 0, 0, 0, 0);
  }

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
