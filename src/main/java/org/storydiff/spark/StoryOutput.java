package org.storydiff.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.storydiff.model.StoryResult;
import org.storydiff.report.DatasetRows;
import org.storydiff.report.StorySummary;
import scala.Tuple2;
import scala.reflect.ClassTag;

/**
 * What the stories stage keeps of one story for the outputs after it: each dataset's rows, and the
 * story's line in the report index when its page has been written. The story's articles, sentences
 * and tokens are not kept, since every later pass would deserialize them again; and each dataset's
 * rows are kept apart, so writing one dataset reads only its own rows. For JSON output the rows are
 * kept as the lines the dataset's file will hold, sorted ({@link JsonRows}); for Parquet as their
 * serialized values, which Spark SQL's writer types.
 *
 * @param storyId the story's id, which every row of the story holds
 * @param rows each of {@link #DATASETS}' rows, in that order, as {@link Encoder} made them
 * @param summary the story's index line, or null when it has no page (a story of one version)
 * @param totals the story's counts for the run summary
 */
record StoryOutput(String storyId, byte[][] rows, StorySummary summary, ResultTotals totals)
    implements Serializable {

  /** The datasets built from story results, each with how a story's rows are made. */
  enum Dataset {
    ARTICLES(OutputSchemas.ARTICLES, DatasetRows::articles),
    ALIGNMENTS(OutputSchemas.ALIGNMENTS, DatasetRows::alignments),
    FACTS(OutputSchemas.FACTS, DatasetRows::facts),
    CHANGES(OutputSchemas.CHANGES, DatasetRows::changes),
    LINEAGE(OutputSchemas.LINEAGE, DatasetRows::lineage);

    final OutputSchemas schema;
    private final Function<StoryResult, List<Object[]>> rowsOf;
    private final int storyColumn;

    Dataset(OutputSchemas schema, Function<StoryResult, List<Object[]>> rowsOf) {
      this.schema = schema;
      this.rowsOf = rowsOf;
      this.storyColumn = schema.schema().fieldIndex("storyId");
    }
  }

  static final List<Dataset> DATASETS = List.of(Dataset.values());

  private static final ClassTag<ArrayList<Object[]>> ROWS = SerializedBytes.tag(ArrayList.class);

  /** How a task keeps its stories' rows for the output format; one per task (not thread-safe). */
  static final class Encoder {
    private final JsonRows[] json;
    private final SerializedBytes bytes;

    /** {@code format}: {@code json} or {@code parquet} ({@link JobOptions#format}). */
    Encoder(String format) {
      if (format.equals("json")) {
        json = DATASETS.stream().map(d -> new JsonRows(d.schema)).toArray(JsonRows[]::new);
        bytes = null;
      } else {
        json = null;
        bytes = new SerializedBytes();
      }
    }

    byte[] encode(Dataset dataset, List<Object[]> rows) {
      return json != null
          ? json[dataset.ordinal()].sortedLines(rows)
          : bytes.write(new ArrayList<>(rows), ROWS);
    }
  }

  /** {@code summary}: null when the story has no page. */
  static StoryOutput of(StoryResult story, StorySummary summary, Encoder encoder) {
    byte[][] rows = new byte[DATASETS.size()][];
    long[] counts = new long[DATASETS.size()];
    for (Dataset d : DATASETS) {
      List<Object[]> built = d.rowsOf.apply(story);
      requireStory(story.storyId(), d, built);
      rows[d.ordinal()] = encoder.encode(d, built);
      counts[d.ordinal()] = built.size();
    }
    return new StoryOutput(story.storyId(), rows, summary, ResultTotals.of(story, counts));
  }

  /**
   * A JSON file is sorted by putting whole stories in order ({@link JsonDatasets}), which holds
   * only while every row of a story has its id.
   */
  private static void requireStory(String storyId, Dataset d, List<Object[]> rows) {
    for (Object[] row : rows) {
      if (!storyId.equals(row[d.storyColumn])) {
        throw new IllegalStateException(
            "a row of "
                + d.schema.directory()
                + " of story "
                + storyId
                + " has story id "
                + row[d.storyColumn]);
      }
    }
  }

  /** The key and lines of each JSON dataset of this story ({@link Encoder} for JSON). */
  Iterator<Tuple2<JsonDatasets.BlockKey, byte[]>> jsonBlocks(JsonDatasets.Layout layout) {
    List<Tuple2<JsonDatasets.BlockKey, byte[]>> blocks = new ArrayList<>(DATASETS.size());
    for (Dataset d : DATASETS) {
      if (totals.rows()[d.ordinal()] > 0) {
        blocks.add(new Tuple2<>(layout.key(d.schema, storyId), rows[d.ordinal()]));
      }
    }
    return blocks.iterator();
  }

  /** The rows of one dataset of a partition's stories ({@link Encoder} for Parquet). */
  static Iterator<Object[]> rows(
      Iterator<StoryOutput> stories, Dataset dataset, SerializedBytes bytes) {
    Iterable<StoryOutput> each = () -> stories;
    return StreamSupport.stream(each.spliterator(), false)
        .flatMap(s -> bytes.read(s.rows[dataset.ordinal()], ROWS).stream())
        .iterator();
  }
}
