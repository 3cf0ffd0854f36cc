package org.storydiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  @Test
  void recognizesJsonLinesNames() {
    assertThat(InputFormat.ofFileName("day1.jsonl")).contains(InputFormat.JSON_LINES);
    assertThat(InputFormat.ofFileName("day1.json")).contains(InputFormat.JSON_LINES);
    assertThat(InputFormat.ofFileName("day1.ndjson")).contains(InputFormat.JSON_LINES);
    assertThat(InputFormat.ofFileName("DAY1.JSONL")).contains(InputFormat.JSON_LINES);
  }

  @Test
  void recognizesGzipNames() {
    assertThat(InputFormat.ofFileName("day1.jsonl.gz")).contains(InputFormat.JSON_LINES_GZIP);
    assertThat(InputFormat.ofFileName("day1.json.gz")).contains(InputFormat.JSON_LINES_GZIP);
    assertThat(InputFormat.ofFileName("part-00000.json.GZ")).contains(InputFormat.JSON_LINES_GZIP);
  }

  @Test
  void recognizesParquetFilesAndDirectories() {
    assertThat(InputFormat.ofFileName("part-00000-abc.snappy.parquet"))
        .contains(InputFormat.PARQUET);
    assertThat(InputFormat.ofFileName("hdfs://nn/data/articles.parquet"))
        .contains(InputFormat.PARQUET);
  }

  @Test
  void otherNamesAreNotInput() {
    assertThat(InputFormat.ofFileName("notes.txt")).isEqualTo(Optional.empty());
    assertThat(InputFormat.ofFileName("archive.gz")).isEmpty();
    assertThat(InputFormat.ofFileName("jsonl")).isEmpty();
    assertThat(InputFormat.ofFileName("data.jsonl.bak")).isEmpty();
  }

  @Test
  void hiddenFilesFollowSparksConvention() {
    assertThat(InputFormat.isHidden("_SUCCESS")).isTrue();
    assertThat(InputFormat.isHidden(".part-00000.json.crc")).isTrue();
    assertThat(InputFormat.isHidden("out/_temporary")).isTrue();
    assertThat(InputFormat.isHidden("part-00000.json")).isFalse();
    assertThat(InputFormat.isHidden("./data/part_1.json")).isFalse();
  }
}
