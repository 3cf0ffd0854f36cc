package org.storydiff.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storydiff.cli.StorydiffCommand;

/**
 * Dependencies between our packages point one way: {@code cli/} and {@code spark/} on top, the
 * plain-Java core below, testable without a SparkSession, and the benchmark ({@code src/bench})
 * beside the product, never inside it. Checked on the job's compiled classes (target/classes).
 */
class DependencyRulesTest {

  private static final String[] CORE = {
    "org.storydiff.model..",
    "org.storydiff.ingest..",
    "org.storydiff.text..",
    "org.storydiff.cluster..",
    "org.storydiff.align..",
    "org.storydiff.extract..",
    "org.storydiff.diff..",
    "org.storydiff.lineage..",
    "org.storydiff.report..",
    "org.storydiff.pipeline..",
    "org.storydiff.eval.."
  };

  /**
   * The job's classes, from where they were compiled to (target/classes): neither the tests nor the
   * benchmark, whose classes sit beside the tests on this classpath.
   */
  private static final JavaClasses JOB =
      new ClassFileImporter().importPath(classesOf(StorydiffCommand.class));

  @Test
  void onlySparkAndCliUseSparkScalaOrHadoop() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.storydiff.spark..", "org.storydiff.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
        .check(JOB);
  }

  @Test
  void theCoreNeverUsesSparkTheCommandOrTheBenchmark() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.storydiff.spark..", "org.storydiff.cli..", "org.storydiff.bench..")
        .check(JOB);
  }

  @Test
  void theSparkJobNeverUsesTheCommandOrTheBenchmark() {
    noClasses()
        .that()
        .resideInAPackage("org.storydiff.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.storydiff.cli..", "org.storydiff.bench..")
        .check(JOB);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.storydiff.(*)..").should().beFreeOfCycles().check(JOB);
  }

  @Test
  void theJobHoldsNoBenchmark() {
    assertThat(JOB.stream().filter(c -> c.getPackageName().startsWith("org.storydiff.bench")))
        .as("benchmark classes among the job's")
        .isEmpty();
    assertThat(JOB.containPackage("org.storydiff.diff")).as("the import sees the core").isTrue();
    assertThat(JOB.containPackage("org.storydiff.spark")).as("the import sees the job").isTrue();
  }

  private static Path classesOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
