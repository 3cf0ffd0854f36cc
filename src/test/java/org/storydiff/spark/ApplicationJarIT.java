package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.storydiff.cli.StorydiffCommand;

/**
 * The shaded application jar, as {@code package} built it: it names its entry point (a plain
 * spark-submit needs no {@code --class}) and holds the job, never the benchmark.
 */
class ApplicationJarIT {

  @Test
  void namesItsMainClassAndVersion() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("storydiff.jar"))) {
      Attributes manifest = jar.getManifest().getMainAttributes();
      assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS))
          .isEqualTo(StorydiffCommand.class.getName());
      assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).isNotBlank();
    }
  }

  @Test
  void holdsTheJobButNoBenchmark() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("storydiff.jar"))) {
      assertThat(
              jar.stream().map(JarEntry::getName).filter(n -> n.startsWith("org/storydiff/bench/")))
          .as("benchmark entries")
          .isEmpty();
      assertThat(jar.getEntry("org/storydiff/cli/StorydiffCommand.class")).isNotNull();
      assertThat(jar.getEntry("org/storydiff/spark/StorydiffJob.class")).isNotNull();
    }
  }
}
