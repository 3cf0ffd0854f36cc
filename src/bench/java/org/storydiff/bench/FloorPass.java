package org.storydiff.bench;

import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.spark.Partitions;
import org.storydiff.spark.ReadInputs;
import org.storydiff.spark.SparkSessions;
import org.storydiff.text.SentenceSplitter;

/**
 * The least any run over a corpus must do: read and validate every record with the job's own
 * reader, spread the articles over the cores as the job does, and split each body into sentences
 * with the job's {@link SentenceSplitter}. The benchmark divides the job's time by this pass's time
 * on the same input and cores. Prints one line: {@code floor records=<n> sentences=<n>
 * seconds=<s>}.
 */
public final class FloorPass {

  /** Records and sentences counted, and the seconds the pass took after the session was up. */
  public record Result(long records, long sentences, double seconds) {}

  private FloorPass() {}

  /** Usage: {@code FloorPass <master> <input>...}. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: FloorPass <master> <input>...");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.create(args[0], java.util.Map.of());
    try {
      Result r = run(spark, List.of(args).subList(1, args.length));
      System.out.printf(
          Locale.ROOT,
          "floor records=%d sentences=%d seconds=%.3f%n",
          r.records(),
          r.sentences(),
          r.seconds());
    } finally {
      spark.stop();
    }
  }

  public static Result run(SparkSession spark, List<String> inputs) {
    long started = System.nanoTime();
    // As the job's read stage: materialized once, counted, then spread over the cores.
    JavaRDD<IngestOutcome> outcomes =
        ReadInputs.read(spark, inputs, IngestLimits.defaults())
            .persist(StorageLevel.MEMORY_AND_DISK());
    long records = outcomes.count();
    JavaRDD<IngestOutcome.Accepted> accepted =
        outcomes
            .filter(o -> o instanceof IngestOutcome.Accepted)
            .map(o -> (IngestOutcome.Accepted) o);
    long sentences =
        Partitions.spread(accepted, records).mapPartitions(FloorPass::split).reduce(Long::sum);
    outcomes.unpersist();
    return new Result(records, sentences, (System.nanoTime() - started) / 1e9);
  }

  private static java.util.Iterator<Long> split(
      java.util.Iterator<IngestOutcome.Accepted> articles) {
    SentenceSplitter splitter = new SentenceSplitter();
    long n = 0;
    while (articles.hasNext()) {
      n += splitter.split(articles.next().article().body()).size();
    }
    return List.of(n).iterator();
  }
}
