package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * JSON datasets written from lines printed in the story tasks are the bytes Spark SQL's JSON writer
 * writes for the same rows ({@link DatasetWriter}, which wrote every JSON dataset before): numbers,
 * escapes, characters outside the BMP, nulls, empty and nested arrays, and the order of the sort
 * keys (UTF-8 byte order, nulls last).
 */
class JsonDatasetsTest {

  @TempDir static Path temp;
  static SparkSession spark;
  static JavaSparkContext jsc;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Article ids that sort differently by UTF-16 units and by UTF-8 bytes, and a null. */
  private static final List<String> ARTICLES =
      Arrays.asList("b", "a\uE000", "a\uD83D\uDE00", "é", "a", null, "A");

  private static final List<Double> VALUES =
      Arrays.asList(
          0.1, 1e-7, 1.0e21, 123456789.0, -0.0, 2.5, Double.NaN, Double.POSITIVE_INFINITY, null);

  private static Object[] fact(String story, int i) {
    Object[] row = new Object[25];
    row[0] = story;
    row[1] = ARTICLES.get(i % ARTICLES.size());
    row[2] = "f" + i;
    row[3] = i % 2 == 0 ? "figure" : "quote";
    row[4] = i % 4;
    row[5] = i % 4 + 10;
    row[6] = "text \"quoted\" \\ tab\t new\nline \u0001 \u2028 é 😀 </script>";
    row[7] = i;
    row[8] = VALUES.get(i % VALUES.size());
    row[11] = i % 5 == 0 ? null : "unit " + i;
    if (i % 2 == 1) {
      row[17] = "quote " + i;
      List<Object[]> passages = new ArrayList<>();
      for (int p = 0; p < i % 3; p++) {
        passages.add(new Object[] {"p" + p, p, p + 1, p == 1 ? null : "words", null});
      }
      row[24] = passages;
    }
    row[21] = story + "/" + i;
    return row;
  }

  @Test
  void storyBlocksAreTheBytesOfSparksJsonWriter() throws IOException {
    Map<String, List<Object[]>> byStory = new LinkedHashMap<>();
    List<Object[]> all = new ArrayList<>();
    for (String story : List.of("story-b", "story-\uD83D\uDE00", "story-\uE000", "story-a")) {
      for (int i = 0; i < 40; i++) {
        Object[] row = fact(story, i);
        byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(row);
        all.add(row);
      }
    }
    JsonDatasets.Layout layout = layout(Map.of(OutputSchemas.FACTS, (long) all.size()));
    JsonRows json = new JsonRows(OutputSchemas.FACTS);
    List<Tuple2<JsonDatasets.BlockKey, byte[]>> blocks = new ArrayList<>();
    byStory.forEach(
        (story, rows) ->
            blocks.add(
                new Tuple2<>(layout.key(OutputSchemas.FACTS, story), json.sortedLines(rows))));

    String ours = written(layout, JavaPairRDD.fromJavaRDD(jsc.parallelize(blocks, 3)), "facts");

    assertThat(ours).isEqualTo(sparks(OutputSchemas.FACTS, all)).contains("\"passages\":[]");
  }

  @Test
  void rowBlocksAreTheBytesOfSparksJsonWriter() throws IOException {
    List<Object[]> rejected = new ArrayList<>();
    for (String input : Arrays.asList("f.jsonl:2", "f.jsonl:10", "é:1", null, "f.jsonl:2")) {
      rejected.add(new Object[] {input, "reason " + rejected.size() % 2});
    }
    List<Object[]> stories = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      stories.add(
          new Object[] {
            "story-" + (5 - i),
            "new",
            i == 0 ? null : "2026-12-0" + i,
            null,
            i,
            0,
            Arrays.asList("a" + i, null),
            List.of(Long.MIN_VALUE, -1L, (long) i),
            List.of(0.1f, 1e-7f, (float) i / 3)
          });
    }
    JsonDatasets.Layout layout =
        layout(
            Map.of(
                OutputSchemas.REJECTED,
                (long) rejected.size(),
                OutputSchemas.STORIES,
                (long) stories.size()));

    String dir = written(layout, blocks(rejected, stories, layout), null);

    assertThat(partFile(Path.of(dir, "rejected")))
        .isEqualTo(sparks(OutputSchemas.REJECTED, rejected));
    assertThat(partFile(Path.of(dir, "stories"))).isEqualTo(sparks(OutputSchemas.STORIES, stories));
    assertThat(Path.of(dir, "stories", "_SUCCESS")).exists();
  }

  @Test
  void aDatasetWithoutRowsIsOneEmptyFile() throws IOException {
    JsonDatasets.Layout layout = layout(Map.of(OutputSchemas.LINEAGE, 0L));

    String ours = written(layout, JavaPairRDD.fromJavaRDD(jsc.emptyRDD()), "lineage");

    assertThat(ours).isEmpty();
  }

  @Test
  void filesAreChosenAsSparksRepartitionByColumnChoosesThem() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ids.add("story-" + Integer.toHexString(i * 7919) + (i % 10 == 0 ? "é😀" : ""));
    }
    List<Row> spark =
        JsonDatasetsTest.spark
            .createDataset(ids, org.apache.spark.sql.Encoders.STRING())
            .select(
                functions.col("value"),
                functions.pmod(functions.hash(functions.col("value")), functions.lit(7)))
            .collectAsList();

    assertThat(spark).hasSize(ids.size());
    for (Row row : spark) {
      assertThat(JsonRows.fileOf(row.getString(0), 7))
          .as(row.getString(0))
          .isEqualTo(row.getInt(1));
    }
    assertThat(JsonRows.fileOf("anything", 1)).isZero();
  }

  private static JavaPairRDD<JsonDatasets.BlockKey, byte[]> blocks(
      List<Object[]> rejected, List<Object[]> stories, JsonDatasets.Layout layout) {
    return JsonDatasets.rowBlocks(jsc.parallelize(rejected, 2), OutputSchemas.REJECTED, layout)
        .union(JsonDatasets.rowBlocks(jsc.parallelize(stories, 3), OutputSchemas.STORIES, layout));
  }

  private static JsonDatasets.Layout layout(Map<OutputSchemas, Long> rows) {
    return new JsonDatasets.Layout(new EnumMap<>(rows));
  }

  private static int run;

  /** Writes the blocks; the part file of {@code dataset}, or the staging directory when null. */
  private static String written(
      JsonDatasets.Layout layout, JavaPairRDD<JsonDatasets.BlockKey, byte[]> blocks, String dataset)
      throws IOException {
    OutputFiles out =
        new OutputFiles(new Configuration(), temp.resolve("ours" + run++).toString(), "test");
    out.prepare(false);
    JsonDatasets.write(jsc.sc(), out, layout, blocks);
    String dir = new org.apache.hadoop.fs.Path(out.stagingDir()).toUri().getPath();
    return dataset == null ? dir : partFile(Path.of(dir, dataset));
  }

  /** The dataset as Spark SQL's JSON writer writes it (one part file at these sizes). */
  private static String sparks(OutputSchemas dataset, List<Object[]> rows) throws IOException {
    Path dir = temp.resolve("spark" + run++);
    new DatasetWriter(spark, dir.toString(), "json")
        .write(dataset, jsc.parallelize(rows, 3), rows.size());
    return partFile(dir.resolve(dataset.directory()));
  }

  private static String partFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).toList();
      assertThat(parts).hasSize(1);
      return Files.readString(parts.get(0), StandardCharsets.UTF_8);
    }
  }
}
