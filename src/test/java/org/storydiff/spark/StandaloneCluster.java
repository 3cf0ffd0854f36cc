package org.storydiff.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Spark standalone cluster on 127.0.0.1, one Master and one Worker, started from the Spark
 * jars Maven resolved (there is no Spark distribution to install): a {@code SPARK_HOME} whose
 * {@code jars/} links to them, as the Worker needs to launch executors. {@link #close} stops every
 * process it started, executors included, also when a test failed.
 */
final class StandaloneCluster implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path home;
  private final Path logs;
  private final List<String> jvmFlags;
  private final int masterPort;
  private final List<Process> processes = new ArrayList<>();
  private Process worker;

  private StandaloneCluster(Path home, Path logs, List<String> jvmFlags, int masterPort) {
    this.home = home;
    this.logs = logs;
    this.jvmFlags = jvmFlags;
    this.masterPort = masterPort;
  }

  /**
   * Starts a Master and a Worker with {@code cores} cores; returns when the Worker has registered.
   */
  static StandaloneCluster start(
      Path workDir, List<Path> sparkJars, List<String> jvmFlags, int cores) {
    try {
      Path home = sparkHome(workDir.resolve("spark-home"), sparkJars);
      Path logs = Files.createDirectories(workDir.resolve("logs"));
      StandaloneCluster cluster = new StandaloneCluster(home, logs, jvmFlags, freePort());
      try {
        cluster.startMaster();
        cluster.startWorker(workDir.resolve("worker"), cores);
      } catch (RuntimeException e) {
        cluster.close();
        throw e;
      }
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  Path sparkHome() {
    return home;
  }

  /** The environment a Spark client or daemon of this cluster needs. */
  Map<String, String> environment() {
    return Map.of(
        "SPARK_HOME",
        home.toString(),
        "SPARK_SCALA_VERSION",
        "2.13",
        "SPARK_LOCAL_IP",
        "127.0.0.1");
  }

  /**
   * {@code java <flags> -cp $SPARK_HOME/jars/* <mainClass>}: how to run any Spark entry point here.
   */
  List<String> javaCommand(String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(home.resolve("jars") + "/*");
    command.add(mainClass);
    return command;
  }

  /** Kills the executors the Worker is running right now; returns how many there were. */
  long killExecutors() {
    List<ProcessHandle> executors =
        worker
            .descendants()
            .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
            .toList();
    executors.forEach(ProcessHandle::destroyForcibly);
    return executors.size();
  }

  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      try {
        p.waitFor(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void startMaster() {
    List<String> command = javaCommand("org.apache.spark.deploy.master.Master");
    command.addAll(
        List.of("--host", "127.0.0.1", "--port", "" + masterPort, "--webui-port", "" + freePort()));
    Path log = logs.resolve("master.log");
    launch(command, log);
    awaitLog(log, line -> line.contains("I have been elected leader"), "Master");
  }

  private void startWorker(Path workDir, int cores) throws IOException {
    List<String> command = javaCommand("org.apache.spark.deploy.worker.Worker");
    command.addAll(
        List.of(
            "--host",
            "127.0.0.1",
            "--cores",
            "" + cores,
            "--memory",
            "3g",
            "--webui-port",
            "" + freePort(),
            "--work-dir",
            Files.createDirectories(workDir).toString(),
            masterUrl()));
    Path log = logs.resolve("worker.log");
    worker = launch(command, log);
    awaitLog(log, line -> line.contains("Successfully registered with master"), "Worker");
  }

  private Process launch(List<String> command, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment());
    try {
      Process p = builder.start();
      processes.add(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(command.size() - 1), e);
    }
  }

  /**
   * Waits until a line of the log matches, failing with the log's tail when it does not in time.
   */
  static void awaitLog(Path log, Predicate<String> ready, String what) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && read(log).lines().anyMatch(ready)) {
        return;
      }
      sleep(200);
    }
    String text = Files.exists(log) ? read(log) : "(no log)";
    throw new IllegalStateException(
        what
            + " did not start within "
            + START_TIMEOUT
            + "; log ends:\n"
            + text.substring(Math.max(0, text.length() - 3000)));
  }

  static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Path sparkHome(Path home, List<Path> jars) throws IOException {
    Path dir = Files.createDirectories(home.resolve("jars"));
    for (Path jar : jars) {
      Path link = dir.resolve(jar.getFileName());
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    return home;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
