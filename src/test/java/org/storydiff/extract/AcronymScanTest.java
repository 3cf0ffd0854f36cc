package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Scanning only before each "(ACRONYM)" finds what a scan of the whole body finds. */
class AcronymScanTest {

  /** The whole-body scan the windowed one replaced. */
  private static Map<String, String> wholeBody(String text) {
    Map<String, String> out = new HashMap<>();
    Matcher m = SpeakerVariants.EXPANSION.matcher(text);
    while (m.find()) {
      SpeakerVariants.expand(m, out);
    }
    return out;
  }

  @Test
  void theSampleBodiesGiveTheSameAcronyms() throws IOException {
    for (Path file : Files.newDirectoryStream(Path.of("sample-data"), "*.jsonl")) {
      for (String line : Files.readAllLines(file)) {
        assertThat(SpeakerVariants.acronyms(line)).isEqualTo(wholeBody(line));
      }
    }
  }

  @Test
  void seededTextsFullOfParenthesesGiveTheSameAcronyms() {
    String[] words = {
      "the",
      "International",
      "Committee",
      "of",
      "Red",
      "Cross",
      "(ICRC)",
      "said",
      "World",
      "Health",
      "Organization",
      "(WHO)",
      "(",
      ")",
      "(W)",
      "and",
      "United",
      "Nations",
      "(UN)",
      "Agency",
      "(A&B)",
      "for",
      "Refugees",
      "(UNHCR)",
      "McDonald",
      "(MD)",
      "(X",
      "on",
      "Y)"
    };
    Random random = new Random(20261207);
    for (int t = 0; t < 2_000; t++) {
      StringBuilder text = new StringBuilder();
      int n = 5 + random.nextInt(120);
      for (int i = 0; i < n; i++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? "" : " ");
      }
      assertThat(SpeakerVariants.acronyms(text.toString()))
          .as(text.toString())
          .isEqualTo(wholeBody(text.toString()));
    }
  }
}
