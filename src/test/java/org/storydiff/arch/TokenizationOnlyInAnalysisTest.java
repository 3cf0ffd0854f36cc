package org.storydiff.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text is tokenized once, by analysis: the tokenizer is not visible outside {@code text/}, and the
 * one way in ({@code SentenceTokenizer}) is called only by the analysis steps and by the few places
 * that read strings that are no sentence of an analysed body.
 */
class TokenizationOnlyInAnalysisTest {

  private static final Path MAIN = Path.of("src/main/java/org/storydiff");

  /** Callers of SentenceTokenizer outside text/, each with why it may tokenize. */
  private static final Set<String> ALLOWED =
      Set.of(
          // analysis: an article's sentences and title
          "pipeline/ArticleAnalyzer.java",
          // analysis for clustering-only runs (evaluations, benchmarks) that extract no facts
          "cluster/ClusterInput.java",
          // fact extraction runs inside analysis; quote look-arounds cross sentence boundaries
          "extract/FactExtractor.java",
          "extract/FigureExtractor.java",
          "extract/QuoteExtractor.java",
          "extract/QuoteClassifier.java",
          "extract/QuoteJoiner.java",
          "extract/SpeakerFinder.java",
          "extract/LocalAttribution.java",
          // strings that are no sentence of a body: quote words joined from their parts, sentence
          // pairs of a paraphrase corpus, benchmark text, a quote wording in the report
          "diff/QuoteWords.java",
          "align/SentencePairJudge.java",
          "align/WordDiff.java",
          "bench/TextMatch.java",
          "report/QuoteWording.java",
          // a language resource's phrases, split as analysis splits the text they must match
          "extract/FigureLanguage.java");

  @Test
  void theTokenizerIsNotVisibleOutsideText() throws ClassNotFoundException {
    Class<?> tokenizer = Class.forName("org.storydiff.text.Tokenizer");
    assertThat(Modifier.isPublic(tokenizer.getModifiers())).isFalse();
  }

  @Test
  void onlyAnalysisCallsTheSentenceTokenizer() throws IOException {
    List<String> callers;
    try (Stream<Path> files = Files.walk(MAIN)) {
      callers =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.startsWith(MAIN.resolve("text")))
              .filter(TokenizationOnlyInAnalysisTest::callsTokenizer)
              .map(p -> MAIN.relativize(p).toString().replace('\\', '/'))
              .toList();
    }
    assertThat(callers).isNotEmpty().allMatch(ALLOWED::contains, "is an analysis step or allowed");
  }

  @Test
  void noStageOutsideAnalysisDecidesWhatAContentWordIs() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p ->
                      Stream.of("cluster", "align", "diff", "report")
                          .anyMatch(pkg -> p.startsWith(MAIN.resolve(pkg))))
              .filter(
                  p ->
                      read(p).contains("LightStemmer.stem(")
                          && !p.endsWith("ContradictingWords.java")
                          && !p.endsWith("FigureReading.java"))
              .map(Path::toString)
              .toList();
    }
    assertThat(offenders).as("stages stemming words themselves").isEmpty();
  }

  private static boolean callsTokenizer(Path file) {
    return read(file).contains("SentenceTokenizer.");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
