package org.storydiff.spark;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * What a run did, written to {@code summary.json}, in groups of what they count. The JSON is flat
 * (each group is unwrapped into it, in the order below), so its fields are those the contract
 * names, whatever the grouping.
 *
 * @param master the Spark master the run used
 * @param format the datasets' format, {@code json} or {@code parquet}
 * @param previous what was continued from an earlier output, {@link Previous#NONE} without one
 */
public record RunSummary(
    @JsonUnwrapped Records records,
    @JsonUnwrapped Stories stories,
    @JsonUnwrapped Output output,
    @JsonUnwrapped Incomplete incomplete,
    @JsonUnwrapped Clustering clustering,
    @JsonUnwrapped Stages stages,
    String master,
    String format,
    Previous previous) {

  /**
   * Input records, which must balance: read = accepted + rejected.
   *
   * @param skippedFiles files inside input directories of no supported format, as named
   */
  @JsonPropertyOrder({"recordsRead", "accepted", "rejected", "balanced", "skippedFiles"})
  public record Records(long recordsRead, long accepted, long rejected, List<String> skippedFiles) {

    public Records {
      skippedFiles = List.copyOf(skippedFiles);
    }

    /** Whether every record read was either accepted or rejected (false means a bug, logged). */
    @JsonProperty("balanced")
    public boolean balanced() {
      return recordsRead == accepted + rejected;
    }
  }

  /** Stories found, and how many of them have more than one version (the others have one). */
  @JsonPropertyOrder({"stories", "multiVersionStories", "singleVersionStories"})
  public record Stories(
      @JsonProperty("stories") long total, @JsonProperty("multiVersionStories") long multiVersion) {

    @JsonProperty("singleVersionStories")
    public long singleVersion() {
      return total - multiVersion;
    }
  }

  /**
   * What was written.
   *
   * @param alignments rows of {@code alignments/}
   * @param facts facts extracted, by kind (wire name)
   * @param findings findings by change, then by kind (wire names)
   * @param findingsTotal rows of {@code changes/}
   * @param reportPages story pages of the report
   */
  public record Output(
      long alignments,
      Map<String, Long> facts,
      Map<String, Map<String, Long>> findings,
      long findingsTotal,
      long reportPages) {}

  /**
   * What the run left undone.
   *
   * @param versionsNotCompared versions beyond {@code --max-versions} of their story
   * @param storiesFailed stories whose comparison failed: their versions are kept, without
   *     alignments or findings
   */
  public record Incomplete(long versionsNotCompared, long storiesFailed) {}

  /** The work clustering did: candidate pairs compared and edges kept. */
  public record Clustering(long candidatePairs, long clusterEdges) {}

  /**
   * Seconds and items counted per stage, in the order the stages ran.
   *
   * @param storyWorkSeconds task seconds of the stories stage summed over stories (so over all
   *     cores): {@code stories}, the whole per-story work, and the steps {@code align}, {@code
   *     findings} and {@code lineage} inside it ({@link StoryWorkTime})
   */
  public record Stages(
      Map<String, Double> stageSeconds,
      Map<String, Long> stageCounts,
      Map<String, Double> storyWorkSeconds) {}

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
  public record Previous(
      String output,
      long storiesRead,
      long invalidRows,
      long storiesContinued,
      long storiesCarriedForward,
      long storiesExpired) {

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
