package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.SentenceTokens;
import org.storydiff.model.Token;
import org.storydiff.model.TokenType;

class SentenceTokenizerTest {

  private static final String BODY = "Floods hit Moscow's suburbs.  It is 2,187 km away, a mile.";

  private static List<Sentence> sentences() {
    int second = BODY.indexOf("It");
    return List.of(
        new Sentence(0, 0, BODY.indexOf('.') + 1, 0, SentenceKind.BODY),
        new Sentence(1, second, BODY.length(), 0, SentenceKind.BODY));
  }

  @Test
  void tokensOfEachSentenceAreTheTokenizersWithOffsetsIntoTheBody() {
    SentenceTokens t = SentenceTokenizer.of(BODY, sentences());

    assertThat(t.sentences()).isEqualTo(2);
    assertThat(t.tokens(0)).isEqualTo(Tokenizer.INSTANCE.tokenize(BODY, 0, BODY.indexOf('.') + 1));
    assertThat(t.tokens(1))
        .isEqualTo(Tokenizer.INSTANCE.tokenize(BODY, BODY.indexOf("It"), BODY.length()));
    assertThat(t.first(1)).isEqualTo(t.tokens(0).size());
    assertThat(t.first(2)).isEqualTo(t.size());
    int km = t.first(1) + 2;
    assertThat(BODY.substring(t.start(km), t.end(km))).isEqualTo("2,187");
    assertThat(t.norm(km)).isEqualTo("2187");
    assertThat(t.type(km)).isEqualTo(TokenType.NUMBER);
  }

  @Test
  void marksContentWordsWithTheirStemsAndNothingElse() {
    SentenceTokens t = SentenceTokenizer.of(BODY, sentences());
    List<Token> all = t.all();
    for (int i = 0; i < t.size(); i++) {
      Token token = all.get(i);
      boolean content = token.isWord() && ContentWords.isContent(token.norm());
      assertThat(t.isContent(i)).as(token.norm()).isEqualTo(content);
      assertThat(t.stem(i))
          .as(token.norm())
          .isEqualTo(content ? LightStemmer.stem(token.norm()) : null);
    }
    assertThat(all).extracting(Token::norm).contains("floods", "moscow's", "it", "a");
    assertThat(t.stem(0)).isEqualTo("flood");
    assertThat(t.capitalized(0)).isTrue();
    assertThat(t.stem(2)).isEqualTo("moscow");
  }

  @Test
  void aTextWithoutSentencesIsOneSentence() {
    SentenceTokens t = SentenceTokenizer.ofText("Storm Hits Coast");
    assertThat(t.sentences()).isEqualTo(1);
    assertThat(t.tokens(0)).extracting(Token::norm).containsExactly("storm", "hits", "coast");
    assertThat(SentenceTokenizer.ofText("").size()).isZero();
  }

  @Test
  void equalNormsShareOneString() {
    SentenceTokens t = SentenceTokenizer.ofText("The floods, the floods.");
    assertThat(t.norm(0)).isSameAs(t.norm(3));
    assertThat(t.stem(1)).isSameAs(t.stem(4));
  }
}
