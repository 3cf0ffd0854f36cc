package org.storydiff.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a Java main class in a JVM of its own, as a user's run would, and measures it from outside:
 * wall time, CPU time and peak resident memory from {@code /proc/<pid>} (sampled every 200 ms;
 * Linux only), and peak heap in use from the JVM's own GC log (the heap just before each
 * collection). The child gets this JVM's flags and class path, then {@code javaOpts} (so a later
 * {@code -Xmx} wins).
 */
final class ChildJvm {

  /** What one run took. Memory in bytes; -1 where it could not be measured. */
  record Measurement(
      int exitCode,
      double wallSeconds,
      double cpuSeconds,
      long peakRssBytes,
      long peakHeapBytes,
      String stdout) {}

  private static final long SAMPLE_MILLIS = 200;

  /** Clock ticks per second of /proc/<pid>/stat times: 100 on every Linux the JVM runs on. */
  private static final double TICKS_PER_SECOND = 100;

  private ChildJvm() {}

  static Measurement run(String mainClass, List<String> args, List<String> javaOpts, Path scratch)
      throws IOException, InterruptedException {
    Files.createDirectories(scratch);
    Path gcLog = scratch.resolve("gc.log");
    Path out = scratch.resolve("stdout.txt");
    Path err = scratch.resolve("stderr.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> !a.startsWith("-Xmx") && !a.startsWith("-Xlog"))
            .toList());
    command.addAll(javaOpts);
    command.add("-Xlog:gc:file=" + gcLog);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    long peakRss = -1;
    double cpu = -1;
    while (!process.waitFor(SAMPLE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      peakRss = Math.max(peakRss, ProcStatus.peakRssBytes(process.pid()));
      cpu = Math.max(cpu, ProcStatus.cpuTicks(process.pid()) / TICKS_PER_SECOND);
    }
    double wall = (System.nanoTime() - started) / 1e9;
    return new Measurement(
        process.exitValue(),
        wall,
        cpu,
        peakRss,
        GcLog.peakHeapBytes(gcLog),
        Files.readString(out, StandardCharsets.UTF_8));
  }

  static String describe(Measurement m) {
    return String.format(
        Locale.ROOT,
        "%.1f s wall, %.1f s CPU, peak RSS %s, peak heap used %s",
        m.wallSeconds(),
        m.cpuSeconds(),
        mib(m.peakRssBytes()),
        mib(m.peakHeapBytes()));
  }

  static String mib(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
  }
}
