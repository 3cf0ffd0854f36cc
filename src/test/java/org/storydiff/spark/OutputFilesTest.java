package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output is staged beside the target and appears there whole, or not at all. */
class OutputFilesTest {

  @TempDir Path temp;
  private final Configuration conf = new Configuration();

  @Test
  void localPagesAreWrittenWithoutHadoopsLocalFileSystem() throws IOException {
    // Hadoop's local file system starts a chmod process per created file; a file system that
    // refuses every create proves local pages bypass it.
    Configuration refusing = new Configuration();
    refusing.setClass("fs.file.impl", RefusingLocalFileSystem.class, FileSystem.class);
    refusing.setBoolean("fs.file.impl.disable.cache", true);
    org.apache.hadoop.fs.Path page =
        new org.apache.hadoop.fs.Path(temp.resolve("report/stories/s-1.html").toUri());

    OutputFiles.write(refusing, page, "<p>caf\u00e9</p>");
    OutputFiles.write(refusing, page, "<p>again</p>");

    assertThat(temp.resolve("report/stories/s-1.html")).hasContent("<p>again</p>");
    assertThat(temp.resolve("report/stories")).isDirectoryNotContaining("glob:**.crc");
  }

  /** A local file system that fails any attempt to create a file through Hadoop. */
  public static final class RefusingLocalFileSystem extends LocalFileSystem {
    @Override
    public FSDataOutputStream create(org.apache.hadoop.fs.Path f, boolean overwrite)
        throws IOException {
      throw new IOException("created through Hadoop: " + f);
    }
  }

  @Test
  void nothingAppearsUntilCommit() throws IOException {
    Path target = temp.resolve("out");
    OutputFiles out = new OutputFiles(conf, target.toString(), "run-1");
    out.prepare(false);
    out.writeString("summary.json", "{}");

    assertThat(target).doesNotExist();
    out.commit(false);
    assertThat(target.resolve("summary.json")).hasContent("{}");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void overwriteKeepsTheOldOutputUntilTheNewOneIsComplete() throws IOException {
    Path target = Files.createDirectories(temp.resolve("out"));
    Files.writeString(target.resolve("old.txt"), "yesterday");
    OutputFiles out = new OutputFiles(conf, target.toString(), "run-2");
    out.prepare(true);
    out.writeString("new.txt", "today");

    assertThat(target.resolve("old.txt")).hasContent("yesterday");
    assertThat(target.resolve("new.txt")).doesNotExist();
    out.commit(true);
    assertThat(target.resolve("new.txt")).hasContent("today");
    assertThat(target.resolve("old.txt")).doesNotExist();
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void abortLeavesThePreviousOutputAndNoStaging() throws IOException {
    Path target = Files.createDirectories(temp.resolve("out"));
    Files.writeString(target.resolve("old.txt"), "yesterday");
    OutputFiles out = new OutputFiles(conf, target.toString(), "run-3");
    out.prepare(true);
    out.writeString("half.txt", "partial");
    out.abort();

    assertThat(target.resolve("old.txt")).hasContent("yesterday");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void anEmptyOutputDirectoryIsReplaced() throws IOException {
    Path target = Files.createDirectories(temp.resolve("out"));
    OutputFiles out = new OutputFiles(conf, target.toString(), "run-4");
    out.prepare(false);
    out.writeString("a.txt", "a");
    out.commit(false);
    // Renaming onto an existing directory would nest the staging directory inside it.
    assertThat(target.resolve("a.txt")).hasContent("a");
  }

  @Test
  void aNonEmptyOutputNeedsOverwrite() throws IOException {
    Path target = Files.createDirectories(temp.resolve("out"));
    Files.writeString(target.resolve("keep.txt"), "x");
    OutputFiles out = new OutputFiles(conf, target.toString(), "run-5");

    assertThatThrownBy(() -> out.prepare(false))
        .isInstanceOf(JobSetupException.class)
        .hasMessageContaining("exists and is not empty")
        .hasMessageContaining("--overwrite");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void overwriteClearsStagingThatAKilledRunLeftBehind() throws IOException {
    Files.createDirectories(temp.resolve(".out.storydiff-staging-app-old"));
    Files.createDirectories(temp.resolve(".other.storydiff-staging-app-old"));
    OutputFiles out = new OutputFiles(conf, temp.resolve("out").toString(), "run-6");
    out.prepare(true);
    out.commit(true);

    assertThat(siblings()).containsExactlyInAnyOrder("out", ".other.storydiff-staging-app-old");
  }

  private String[] siblings() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }
}
