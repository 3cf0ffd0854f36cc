package org.storydiff.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output directory on any Hadoop file system: checked before the run (it must be absent or
 * empty unless --overwrite), and the home of files the driver writes itself (report, summary).
 */
final class OutputFiles {

  private final Configuration conf;
  private final Path root;

  OutputFiles(Configuration conf, String output) {
    this.conf = conf;
    this.root = new Path(output);
  }

  /** Makes sure the directory can be written, clearing it when overwriting is allowed. */
  void prepare(boolean overwrite) {
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (fs.exists(root)) {
        FileStatus status = fs.getFileStatus(root);
        boolean empty = status.isDirectory() && fs.listStatus(root).length == 0;
        if (!empty && !overwrite) {
          throw new JobSetupException("output " + root + " exists and is not empty: choose a new --output or add --overwrite");
        }
        if (!empty) {
          fs.delete(root, true);
        }
      }
      fs.mkdirs(root);
    } catch (IOException e) {
      throw new JobSetupException("cannot prepare output " + root + ": " + e.getMessage());
    }
  }

  void writeString(String relativePath, String content) {
    Path path = new Path(root, relativePath);
    try {
      FileSystem fs = path.getFileSystem(conf);
      // No ".crc" side files next to report pages: editors browse this folder.
      fs.setWriteChecksum(false);
      write(fs, path, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  private static void write(FileSystem fs, Path path, String content) throws IOException {
    try (OutputStream out = fs.create(path, true)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
