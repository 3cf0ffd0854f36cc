package org.storydiff.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output directory on any Hadoop file system, written atomically: the run writes everything
 * into a hidden staging directory beside the output ({@code .<name>.storydiff-staging-<run>}),
 * which {@link #commit} renames into place only when the whole run succeeded. Readers therefore see
 * the previous complete output, or nothing, never half of one; {@link #abort} removes the staging
 * directory of a failed run. The names start with "." so Spark and Hadoop readers of the parent
 * directory skip them.
 *
 * <p>With --overwrite the previous output is moved aside and deleted only after the new one is in
 * place. On file systems whose rename is atomic (HDFS, local) the output path is then either the
 * old or the new run; on object stores without atomic rename (S3) it is copied, so there is a short
 * window in which it is incomplete.
 */
final class OutputFiles {

  private static final Logger LOG = LoggerFactory.getLogger(OutputFiles.class);
  private static final String MARKER = ".storydiff-";
  private static final String LOCAL_SCHEME = "file";

  private final Configuration conf;
  private final Path target;
  private final Path staging;
  private final Path replaced;

  /**
   * @param output the directory readers look at
   * @param runId unique per run (the Spark application id), names the hidden staging directory
   */
  OutputFiles(Configuration conf, String output, String runId) {
    this.conf = conf;
    Path path = new Path(output);
    try {
      this.target = path.getFileSystem(conf).makeQualified(path);
    } catch (IOException e) {
      throw new JobSetupException("cannot use output " + output + ": " + e.getMessage());
    }
    if (target.getParent() == null) {
      throw new JobSetupException(
          "--output must not be a file system root: give a directory such as /data/storydiff/out");
    }
    String safeRun = runId.replaceAll("[^A-Za-z0-9_-]", "_");
    this.staging =
        new Path(target.getParent(), "." + target.getName() + MARKER + "staging-" + safeRun);
    this.replaced =
        new Path(target.getParent(), "." + target.getName() + MARKER + "replaced-" + safeRun);
  }

  /**
   * Fails early when the output exists and is not empty without --overwrite; creates the staging
   * directory. With --overwrite, staging directories that killed runs left behind are removed.
   */
  void prepare(boolean overwrite) {
    try {
      FileSystem fs = fs();
      if (!overwrite && !isAbsentOrEmpty(fs)) {
        throw new JobSetupException(
            "output "
                + target
                + " exists and is not empty: choose a new --output or add --overwrite");
      }
      if (overwrite) {
        removeLeftovers(fs);
      }
      fs.delete(staging, true);
      fs.mkdirs(staging);
    } catch (IOException e) {
      throw new JobSetupException("cannot prepare output " + target + ": " + e.getMessage());
    }
  }

  /** Where the run writes its datasets until {@link #commit}. */
  String stagingDir() {
    return staging.toString();
  }

  /** The directory readers look at. */
  String outputDir() {
    return target.toString();
  }

  void writeString(String relativePath, String content) {
    write(conf, new Path(staging, relativePath), content);
  }

  /** The Hadoop configuration the output is written with. */
  Configuration conf() {
    return conf;
  }

  /**
   * Writes one UTF-8 file, replacing it if it exists (also called in tasks, see WriteReport). On
   * the local file system it writes with java.nio: Hadoop's local file system sets each new file's
   * permissions by starting a {@code chmod} process when the native Hadoop library is absent (it
   * nearly always is), some 7 ms per report page. Other file systems set permissions without a
   * process (HDFS in its create call; object stores have none), so they go through Hadoop.
   */
  static void write(Configuration conf, Path path, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    try {
      FileSystem fs = path.getFileSystem(conf);
      Path qualified = fs.makeQualified(path);
      if (LOCAL_SCHEME.equals(qualified.toUri().getScheme())) {
        java.nio.file.Path file = java.nio.file.Path.of(qualified.toUri());
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, bytes);
        return;
      }
      // No ".crc" side files next to report pages: editors browse this folder.
      fs.setWriteChecksum(false);
      try (OutputStream out = fs.create(qualified, true)) {
        out.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /** Puts the finished run in place of the output directory. */
  void commit(boolean overwrite) {
    try {
      FileSystem fs = fs();
      boolean absentOrEmpty = isAbsentOrEmpty(fs);
      if (!absentOrEmpty && !overwrite) {
        throw new JobSetupException(
            "output "
                + target
                + " was filled by someone else during the run: the result is left in "
                + staging
                + "; rerun with --overwrite or move it yourself");
      }
      if (fs.exists(target)) {
        // rename(a, b) moves a INTO b when b is a directory, so b must be gone first.
        if (!(absentOrEmpty ? fs.delete(target, true) : fs.rename(target, replaced))) {
          throw new IOException("cannot move the previous output aside");
        }
      }
      if (!fs.rename(staging, target)) {
        throw new IOException("cannot rename " + staging + " to " + target);
      }
      fs.delete(replaced, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit output " + target, e);
    }
  }

  /** Removes what a failed run wrote; never throws, so the original failure is what is reported. */
  void abort() {
    try {
      fs().delete(staging, true);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not remove staging directory {}: {}", staging, e.getMessage());
    }
  }

  private FileSystem fs() throws IOException {
    return target.getFileSystem(conf);
  }

  private boolean isAbsentOrEmpty(FileSystem fs) throws IOException {
    if (!fs.exists(target)) {
      return true;
    }
    FileStatus status = fs.getFileStatus(target);
    return status.isDirectory() && fs.listStatus(target).length == 0;
  }

  private void removeLeftovers(FileSystem fs) throws IOException {
    String prefix = "." + target.getName() + MARKER;
    if (!fs.exists(target.getParent())) {
      return;
    }
    for (FileStatus sibling : fs.listStatus(target.getParent())) {
      if (sibling.getPath().getName().startsWith(prefix)) {
        LOG.warn("removing {} left by an earlier run that did not finish", sibling.getPath());
        fs.delete(sibling.getPath(), true);
      }
    }
  }
}
