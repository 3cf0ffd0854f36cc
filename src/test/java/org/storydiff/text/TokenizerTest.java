package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storydiff.model.Token;

class TokenizerTest {

  @Test
  void keepsNumbersAndJoinedWordsWhole() {
    String text =
        "At least 2,187 people \u2013 thirty-five of them Moscow\u2019s \u2013 left at 08:20.";
    List<Token> tokens = Tokenizer.INSTANCE.tokenize(text);
    assertThat(tokens)
        .extracting(Token::norm)
        .containsExactly(
            "at",
            "least",
            "2187",
            "people",
            "-",
            "thirty-five",
            "of",
            "them",
            "moscow's",
            "-",
            "left",
            "at",
            "08:20",
            ".");
    assertThat(tokens).extracting(t -> text.substring(t.start(), t.end())).contains("2,187");
  }

  @Test
  void offsetsSurviveEmoji() {
    String text = "\uD83D\uDD25 Fire at 3 sites";
    List<Token> tokens = Tokenizer.INSTANCE.tokenize(text);
    assertThat(tokens.get(0).end() - tokens.get(0).start()).isEqualTo(2);
    Token three = tokens.get(3);
    assertThat(text.substring(three.start(), three.end())).isEqualTo("3");
    assertThat(three.isNumber()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2,187:2187",
        "1,500,000:1500000",
        "3,4:3,4",
        "12,34:12,34",
        "1,234.5:1234.5",
        "1234,567:1234,567",
        "10,000:10000"
      })
  void dropsOnlyGroupingCommasOfThreeDigits(String numberAndNorm) {
    String[] parts = numberAndNorm.split(":");
    assertThat(Tokenizer.normalizeNumber(parts[0])).isEqualTo(parts[1]);
  }
}
