package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Sentence;
import org.storydiff.text.SentenceSplitter;
import org.storydiff.text.SentenceTokenizer;

/**
 * Seeded random texts built from the pieces the language rules react to (marks, verbs, pronouns,
 * roles, names, colons, parentheses, hyphens, amounts, times): no German, French, Spanish or
 * English text makes sentence breaking, quote or figure extraction throw.
 */
class RandomTextRobustnessTest {

  private static final List<String> PIECES =
      List.of(
          "«",
          "»",
          "„",
          "“",
          "”",
          "\"",
          "'",
          ",",
          ":",
          ";",
          ".",
          "!",
          "?",
          "(",
          ")",
          "-",
          "—",
          "–",
          ".-",
          "\u00a0",
          "\n",
          "\n\n",
          "a",
          "déclaré",
          "a-t-il",
          "ajoute-t-elle",
          "selon",
          "sagte",
          "er",
          "so",
          "laut",
          "dijo",
          "añadió",
          "según",
          "él",
          "le",
          "la",
          "der",
          "de",
          "von",
          "préfet",
          "Bürgermeisterin",
          "SPD-Chef",
          "M.",
          "Dr.",
          "Claire",
          "Obert",
          "Anke",
          "Lorenz",
          "NADAL",
          "Nadal",
          "7",
          "h",
          "52",
          "3.40",
          "Uhr",
          "15.20",
          "horas",
          "las",
          "1 250",
          "z.",
          "B.",
          "Sra.",
          "novembre",
          "(npa)",
          "PARIS,",
          "2",
          "dic",
          "Quelle",
          "Rédaction",
          "brusquement",
          "rápidamente",
          "qu'il",
          "l'AFP");

  @Test
  void randomTextsInEachLanguageNeverThrow() {
    Random random = new Random(20261207);
    SentenceSplitter splitter = new SentenceSplitter();
    QuoteExtractor quotes = new QuoteExtractor();
    FigureExtractor figures = new FigureExtractor();
    for (String language : List.of("fr", "de", "es", "en")) {
      for (int n = 0; n < 1500; n++) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
          text.append(PIECES.get(random.nextInt(PIECES.size())));
          if (random.nextInt(3) > 0) {
            text.append(' ');
          }
        }
        String body = text.toString();
        assertThatCode(
                () -> {
                  List<Sentence> s = splitter.split(body, language);
                  var tokens = SentenceTokenizer.of(body, s, language);
                  quotes.extract("a", body, s, tokens, language);
                  figures.extract("a", body, s, tokens, language);
                })
            .as("%s: %s", language, body)
            .doesNotThrowAnyException();
      }
    }
  }
}
