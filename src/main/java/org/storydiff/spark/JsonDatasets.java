package org.storydiff.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * Writes the JSON datasets, all in one shuffle, from blocks of lines printed where their rows were
 * made ({@link JsonRows}): the same part files, with the same lines in the same order, as one Spark
 * SQL JSON write per dataset (rows hash-partitioned on the first sort key into a number of files
 * that depends only on the row count, then sorted within each file), without a Spark SQL job, a
 * shuffle of generic rows and their JSON conversion per dataset.
 *
 * <p>A block holds a dataset's rows that share the values of its leading sort keys (a story's rows
 * of one dataset, a rejection's one row), already sorted by the others; so sorting the blocks by
 * those values sorts the file. Each file is written by one task, straight into the staging
 * directory; a retried task rewrites the same bytes.
 */
final class JsonDatasets {

  /** Where a block goes: its file's partition, and the sort key values all its rows share. */
  record BlockKey(int partition, String[] keys) implements Serializable {}

  private JsonDatasets() {}

  /**
   * The part files of each dataset: their number from the dataset's rows, as {@link DatasetWriter}
   * chooses it, laid out one after the other as the partitions of the write.
   */
  static final class Layout extends Partitioner {
    private final OutputSchemas[] datasets;
    private final int[] files;
    private final int[] first;
    private final String[] writeIds;
    private final int partitions;

    /** {@code rows}: how many rows each dataset written has. */
    Layout(Map<OutputSchemas, Long> rows) {
      this.datasets = rows.keySet().toArray(OutputSchemas[]::new);
      int n = OutputSchemas.values().length;
      this.files = new int[n];
      this.first = new int[n];
      this.writeIds = new String[n];
      int next = 0;
      for (OutputSchemas d : datasets) {
        files[d.ordinal()] = DatasetWriter.files(rows.get(d));
        first[d.ordinal()] = next;
        writeIds[d.ordinal()] = UUID.randomUUID().toString();
        next += files[d.ordinal()];
      }
      this.partitions = next;
    }

    /** The key of a block of {@code dataset} whose rows share these leading sort key values. */
    BlockKey key(OutputSchemas dataset, String... keys) {
      int d = dataset.ordinal();
      return new BlockKey(first[d] + JsonRows.fileOf(keys[0], files[d]), keys);
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return ((BlockKey) key).partition();
    }

    /** The part file a partition of the write is, relative to the output directory. */
    String file(int partition) {
      for (OutputSchemas d : datasets) {
        int i = partition - first[d.ordinal()];
        if (i >= 0 && i < files[d.ordinal()]) {
          return String.format(
              Locale.ROOT, "%s/part-%05d-%s-c000.json", d.directory(), i, writeIds[d.ordinal()]);
        }
      }
      throw new IllegalArgumentException("no part file for partition " + partition);
    }

    List<OutputSchemas> datasets() {
      return List.of(datasets);
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** Blocks by their key values, each a string in UTF-8 byte order with nulls last. */
  static final class BlockOrder implements Comparator<BlockKey>, Serializable {
    private static final Comparator<String> VALUES = Comparator.nullsLast(JsonRows::compareUtf8);

    @Override
    public int compare(BlockKey a, BlockKey b) {
      return Arrays.compare(a.keys(), b.keys(), VALUES);
    }
  }

  /**
   * Writes every file of the layout (an empty one for a dataset without rows, as Spark does) and
   * each dataset's {@code _SUCCESS} marker.
   */
  static void write(
      SparkContext context, OutputFiles out, Layout layout, JavaPairRDD<BlockKey, byte[]> blocks) {
    Broadcast<SerializableConfiguration> conf =
        SerializableConfiguration.broadcast(context, out.conf());
    String dir = out.stagingDir();
    try {
      blocks
          .repartitionAndSortWithinPartitions(layout, new BlockOrder())
          .mapPartitionsWithIndex(
              (partition, sorted) -> writeFile(conf, new Path(dir, layout.file(partition)), sorted),
              true)
          .count();
    } finally {
      conf.destroy();
    }
    for (OutputSchemas d : layout.datasets()) {
      out.writeString(d.directory() + "/_SUCCESS", "");
    }
  }

  private static Iterator<Integer> writeFile(
      Broadcast<SerializableConfiguration> conf,
      Path file,
      Iterator<Tuple2<BlockKey, byte[]>> blocks) {
    try {
      FileSystem fs = file.getFileSystem(conf.value().value());
      try (OutputStream stream = new BufferedOutputStream(fs.create(file, true), 1 << 16)) {
        while (blocks.hasNext()) {
          stream.write(blocks.next()._2());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return List.of(1).iterator();
  }

  /**
   * Each row of {@code dataset} as a block of its own, keyed by all its sort keys (which must be
   * strings): for datasets whose rows are not made by stories.
   */
  static JavaPairRDD<BlockKey, byte[]> rowBlocks(
      JavaRDD<Object[]> rows, OutputSchemas dataset, Layout layout) {
    return rows.mapPartitionsToPair(
        partition -> {
          JsonRows json = new JsonRows(dataset);
          int[] columns = json.sortColumns();
          List<Tuple2<BlockKey, byte[]>> blocks = new ArrayList<>();
          partition.forEachRemaining(
              row -> {
                String[] keys = new String[columns.length];
                for (int i = 0; i < keys.length; i++) {
                  keys[i] = (String) row[columns[i]];
                }
                blocks.add(
                    new Tuple2<>(layout.key(dataset, keys), json.lines(List.<Object[]>of(row))));
              });
          return blocks.iterator();
        });
  }
}
