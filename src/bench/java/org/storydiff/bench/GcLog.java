package org.storydiff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap in use from a unified GC log ({@code -Xlog:gc}): the largest "before" figure of the
 * pause lines ({@code Pause Young (Normal) (G1 Evacuation Pause) 512M->128M(1024M) 12.3ms}), i.e.
 * the heap just before a collection emptied it.
 */
final class GcLog {

  private static final Pattern BEFORE_AFTER = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(");

  private GcLog() {}

  static long peakHeapBytes(Path log) {
    if (!Files.exists(log)) {
      return -1;
    }
    long peak = -1;
    try {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        Matcher m = BEFORE_AFTER.matcher(line);
        if (m.find()) {
          peak = Math.max(peak, bytes(m.group(1), m.group(2)));
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return peak;
  }

  private static long bytes(String amount, String unit) {
    long n = Long.parseLong(amount);
    return switch (unit) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      default -> n << 30;
    };
  }
}
