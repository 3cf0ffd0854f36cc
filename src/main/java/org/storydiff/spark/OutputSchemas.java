package org.storydiff.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The contract's datasets as Spark schemas, so JSON and Parquet output carry the same fields in the
 * same order. Sort keys make the row order (and so the bytes) independent of partitioning.
 */
enum OutputSchemas {
  ARTICLES(
      "articleId STRING, storyId STRING, source STRING, title STRING, published STRING, url STRING,"
          + " language STRING, languageSource STRING, sentences ARRAY<STRUCT<start: INT, `end`: INT, paragraph: INT, kind: STRING>>",
      "storyId",
      "articleId"),
  ALIGNMENTS(
      "storyId STRING, articleA STRING, sentenceA INT, articleB STRING, sentenceB INT, score DOUBLE,"
          + " relation STRING",
      "storyId",
      "articleA",
      "sentenceA",
      "articleB",
      "sentenceB"),
  FACTS(
      "storyId STRING, articleId STRING, factId STRING, kind STRING, start INT, `end` INT, text STRING,"
          + " sentence INT, value DOUBLE, valueMin DOUBLE, valueMax DOUBLE, unit STRING, currency STRING,"
          + " qualifier STRING, source STRING, date STRING, time STRING, quote STRING, speaker STRING,"
          + " speakerMention STRING, speakerName STRING, groupId STRING, speakerType STRING,"
          + " speakerHow STRING, passages ARRAY<STRUCT<passageId: STRING, start: INT, `end`: INT,"
          + " quote: STRING, continues: STRING>>",
      "storyId",
      "articleId",
      "start",
      "factId"),
  CHANGES(
      "storyId STRING, articleId STRING, source STRING, change STRING, kind STRING, start INT,"
          + " `end` INT, text STRING, others ARRAY<STRUCT<articleId: STRING, start: INT, `end`: INT,"
          + " text: STRING>>, detail STRING, groupId STRING, confidence STRING",
      "storyId",
      "articleId",
      "start",
      "change",
      "kind",
      "detail"),
  LINEAGE(
      "storyId STRING, articleId STRING, derivedFrom STRING, derivation STRING, share DOUBLE,"
          + " copiedSentences ARRAY<STRUCT<sentence: INT, fromArticleId: STRING, fromSentence: INT>>,"
          + " credits ARRAY<STRING>",
      "storyId",
      "articleId"),
  REJECTED("input STRING, reason STRING", "input", "reason"),
  /** What later runs need of each story ({@code --previous}); see {@link StoryRows}. */
  STORIES(
      "storyId STRING, status STRING, firstPublished STRING, lastPublished STRING, versions INT, idleRuns INT,"
          + " articleIds ARRAY<STRING>, centroidTerms ARRAY<BIGINT>, centroidWeights ARRAY<FLOAT>",
      "storyId");

  private final String ddl;
  private final String[] sortKeys;

  OutputSchemas(String ddl, String... sortKeys) {
    this.ddl = ddl;
    this.sortKeys = sortKeys;
  }

  StructType schema() {
    return (StructType) DataType.fromDDL(ddl);
  }

  String[] sortKeys() {
    return sortKeys.clone();
  }

  String directory() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
