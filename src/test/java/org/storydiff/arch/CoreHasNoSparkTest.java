package org.storydiff.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core (everything but spark/ and cli/) stays plain Java, testable without a SparkSession. */
class CoreHasNoSparkTest {

  private static final Path MAIN = Path.of("src/main/java/org/storydiff");

  @Test
  void onlySparkAndCliImportSparkOrScala() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.startsWith(MAIN.resolve("spark")) && !p.startsWith(MAIN.resolve("cli")))
          .filter(CoreHasNoSparkTest::importsSpark)
          .map(Path::toString)
          .toList();
    }
    assertThat(offenders).as("core classes importing Spark or Scala").isEmpty();
  }

  @Test
  void theCheckSeesTheCore() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN.resolve("diff"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".java")).count()).isGreaterThan(3);
    }
  }

  private static boolean importsSpark(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .anyMatch(l -> l.startsWith("import org.apache.spark") || l.startsWith("import scala.")
              || l.startsWith("import org.apache.hadoop"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
