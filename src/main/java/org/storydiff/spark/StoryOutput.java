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
import scala.reflect.ClassTag;

/**
 * What the stories stage keeps of one story for the outputs after it: each dataset's rows, and the
 * story's line in the report index when its page has been written. The story's articles, sentences
 * and tokens are not kept, since every later pass would deserialize them again; and each dataset's
 * rows are serialized apart, so writing one dataset deserializes only its own rows.
 *
 * @param rows the serialized rows of each of {@link #DATASETS}, in that order
 * @param summary the story's index line, or null when it has no page (a story of one version)
 * @param totals the story's counts for the run summary
 */
record StoryOutput(byte[][] rows, StorySummary summary, ResultTotals totals)
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

    Dataset(OutputSchemas schema, Function<StoryResult, List<Object[]>> rowsOf) {
      this.schema = schema;
      this.rowsOf = rowsOf;
    }
  }

  static final List<Dataset> DATASETS = List.of(Dataset.values());

  private static final ClassTag<ArrayList<Object[]>> ROWS = SerializedBytes.tag(ArrayList.class);

  /** {@code summary}: null when the story has no page. */
  static StoryOutput of(StoryResult story, StorySummary summary, SerializedBytes bytes) {
    byte[][] rows = new byte[DATASETS.size()][];
    long[] counts = new long[DATASETS.size()];
    for (Dataset d : DATASETS) {
      ArrayList<Object[]> built = new ArrayList<>(d.rowsOf.apply(story));
      rows[d.ordinal()] = bytes.write(built, ROWS);
      counts[d.ordinal()] = built.size();
    }
    return new StoryOutput(rows, summary, ResultTotals.of(story, counts));
  }

  /** The rows of one dataset of a partition's stories. */
  static Iterator<Object[]> rows(
      Iterator<StoryOutput> stories, Dataset dataset, SerializedBytes bytes) {
    Iterable<StoryOutput> each = () -> stories;
    return StreamSupport.stream(each.spliterator(), false)
        .flatMap(s -> bytes.read(s.rows[dataset.ordinal()], ROWS).stream())
        .iterator();
  }
}
