package org.storydiff.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the job's SparkSession. With no master given and none set by spark-submit, the master is
 * {@code local[*]} so the job runs anywhere without a Spark installation; local runs keep the
 * driver on loopback and the web UI off unless asked for.
 */
public final class SparkSessions {

  public static final String LOCAL_MASTER_DEFAULT = "local[*]";

  private SparkSessions() {}

  public static SparkSession create(String master, Map<String, String> extraConf) {
    SparkConf conf = new SparkConf(true).setAppName("storydiff");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(LOCAL_MASTER_DEFAULT);
    }
    // Kryo, with our registrator for records: shuffles and serialized caches several times smaller
    // and faster than Java serialization (see StorydiffKryoRegistrator).
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    conf.setIfMissing("spark.kryo.registrator", StorydiffKryoRegistrator.class.getName());
    conf.setIfMissing("spark.kryoserializer.buffer.max", "1024m"); // a story of many long versions
    // The disk-only caches hold serialized text: LZ4 cuts the block manager's disk at 100k real
    // articles from 3.8 to 2.3 GB at no measurable cost in time (docs/measurements.md); at 1M
    // disk, not heap, is what a single machine runs out of.
    conf.setIfMissing("spark.rdd.compress", "true");
    // A story task holds the story's analysed versions, alignments and findings as plain objects,
    // outside Spark's execution memory: Spark's default share (0.6 of the heap) left too little
    // for that at a million articles in a 4 GB heap, and its default page size there (64 MB) could
    // not be found in one piece once the heap was busy; the run completed with these two.
    conf.setIfMissing("spark.memory.fraction", "0.5");
    conf.setIfMissing("spark.buffer.pageSize", "4m");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.sql.shuffle.partitions", "8");
    }
    extraConf.forEach(conf::set);
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
