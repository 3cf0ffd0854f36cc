package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Partition counts: four per core at least, more as the input grows, so a task's block fits. */
class PartitionsTest {

  @Test
  void articlesAreSpreadFourPerCoreOrByPartitionSize() {
    assertThat(Partitions.forArticles(2, 10)).isEqualTo(8);
    assertThat(Partitions.forArticles(2, 1_000_000)).isEqualTo(400);
  }

  @Test
  void inputLinesAreSpreadByTheirBytes() {
    assertThat(Partitions.forInputBytes(2, 0)).isEqualTo(8);
    assertThat(Partitions.forInputBytes(2, 100L << 20)).isEqualTo(8);
    // 3.5 GB of JSON Lines (a million articles) in one file: about 32 MB a task, not 440 MB.
    assertThat(Partitions.forInputBytes(2, 3_500L << 20)).isEqualTo(110);
  }
}
