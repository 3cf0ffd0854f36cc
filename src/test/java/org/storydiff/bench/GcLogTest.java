package org.storydiff.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

  @Test
  void thePeakIsTheLargestHeapBeforeACollection(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("gc.log");
    Files.writeString(
        log,
        String.join(
            "\n",
            "[0.010s][info][gc] Using G1",
            "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->4M(256M) 3.456ms",
            "[9.870s][info][gc] GC(7) Pause Young (Concurrent Start) (G1 Humongous Allocation) 2G->1536M(4096M) 20.1ms",
            "[12.000s][info][gc] GC(8) Pause Full (System.gc()) 1800M->900M(4096M) 80.0ms"),
        StandardCharsets.UTF_8);

    assertThat(GcLog.peakHeapBytes(log)).isEqualTo(2L << 30);
    assertThat(GcLog.peakHeapBytes(dir.resolve("absent.log"))).isEqualTo(-1);
  }
}
