package org.storydiff.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.align.DiffSegment.Op.DELETE;
import static org.storydiff.align.DiffSegment.Op.EQUAL;
import static org.storydiff.align.DiffSegment.Op.INSERT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storydiff.align.DiffSegment.Op;
import org.storydiff.model.Token;
import org.storydiff.text.SentenceTokenizer;

class WordDiffTest {

  private static final String[] SENTENCES = {
    "A drone strike on a fuel depot outside Dorvala killed at least 35 people early on Tuesday.",
    "\u201CWe will rebuild every bridge,\u201D Mayor Tomas Brell told reporters on Wednesday.",
    "The ministry registered 2,187 displaced families by Friday \u2014 twice the March figure.",
    "Floodwater cut the railway between Ostrel and Panvik, and repairs may take two weeks.",
    "The central bank raised its main rate to 4.5 percent at 08:20 GMT on Thursday.",
    "Rescue crews pulled survivors from the burning warehouses for several hours.",
  };

  private static final String[] FILLERS = {
    "officials", "said", "nearly", "40", "Kesk", "(AP)", "-", "heavy"
  };

  @Test
  void identicalSentencesAreOneEqualSegment() {
    assertThat(WordDiff.diff(SENTENCES[0], SENTENCES[0]))
        .containsExactly(new DiffSegment(EQUAL, SENTENCES[0]));
  }

  @Test
  void changedNumberIsReplacedWhole() {
    List<DiffSegment> diff =
        WordDiff.diff(
            "The blast killed 35 people in the market.",
            "The blast killed 137 people in the market.");

    assertThat(diff)
        .containsExactly(
            new DiffSegment(EQUAL, "The blast killed"),
            new DiffSegment(DELETE, " 35"),
            new DiffSegment(INSERT, " 137"),
            new DiffSegment(EQUAL, " people in the market."));
  }

  @Test
  void changedWordIsReplacedWholeNeverInsideTheWord() {
    List<DiffSegment> diff =
        WordDiff.diff("They read the text aloud.", "They read the test aloud.");

    assertThat(diff).contains(new DiffSegment(DELETE, " text"), new DiffSegment(INSERT, " test"));
  }

  @Test
  void qualifierChangeIsOneDeleteAndOneInsert() {
    List<DiffSegment> diff =
        WordDiff.diff("More than 130 people were wounded.", "At least 130 people were wounded.");

    assertThat(diff)
        .containsExactly(
            new DiffSegment(DELETE, "More than"),
            new DiffSegment(INSERT, "At least"),
            new DiffSegment(EQUAL, " 130 people were wounded."));
  }

  @Test
  void digitGroupingIsEqual() {
    assertThat(WordDiff.diff("They counted 2,187 ballots.", "They counted 2187 ballots."))
        .containsExactly(new DiffSegment(EQUAL, "They counted 2,187 ballots."));
  }

  @Test
  void curlyAndStraightQuotesAndDashesAreEqual() {
    String curly = "\u201CWe stay,\u201D she said \u2014 firmly.";
    String straight = "\"We stay,\" she said - firmly.";

    assertThat(WordDiff.diff(curly, straight)).containsExactly(new DiffSegment(EQUAL, curly));
  }

  @Test
  void whitespaceOnlyDifferenceIsEqualAndPairedDiffKeepsBothSidesExact() {
    String a = "Talks resume  on Monday.";
    String b = "Talks resume on\nMonday.";

    assertThat(WordDiff.diff(a, b)).containsExactly(new DiffSegment(EQUAL, a));
    assertThat(WordDiff.pairedDiff(a, b)).containsExactly(new PairedSegment(EQUAL, a, b));
  }

  @Test
  void pairedDiffCarriesBothSpellingsOfEqualTokens() {
    List<PairedSegment> diff =
        WordDiff.pairedDiff("Turnout was 2,187 votes.", "Turnout was only 2187 votes.");

    assertThat(diff)
        .containsExactly(
            new PairedSegment(EQUAL, "Turnout was", "Turnout was"),
            new PairedSegment(INSERT, "", " only"),
            new PairedSegment(EQUAL, " 2,187 votes.", " 2187 votes."));
  }

  @Test
  void fallsBackToWholeReplacementWhenTooLittleIsShared() {
    String a = "Rescue crews pulled survivors from the warehouses.";
    String b = "The central bank raised its main rate on Thursday.";

    assertThat(WordDiff.diff(a, b))
        .containsExactly(new DiffSegment(DELETE, a), new DiffSegment(INSERT, b));
  }

  @Test
  void emptySidesGiveOnlyTheOtherSide() {
    assertThat(WordDiff.diff("", "")).isEmpty();
    assertThat(WordDiff.diff("", "Talks resume."))
        .containsExactly(new DiffSegment(INSERT, "Talks resume."));
    assertThat(WordDiff.diff("Talks resume.", ""))
        .containsExactly(new DiffSegment(DELETE, "Talks resume."));
  }

  @Test
  void reconstructionPropertyHoldsOnManyMutatedPairs() {
    Random random = new Random(20261125L);
    int checked = 0;
    for (String sentence : SENTENCES) {
      for (int round = 0; round < 200; round++) {
        String b = mutate(sentence, random);
        List<DiffSegment> diff = WordDiff.diff(sentence, b);
        List<PairedSegment> paired = WordDiff.pairedDiff(sentence, b);

        assertThat(side(diff, DELETE)).as("A side of %s", b).isEqualTo(sentence);
        assertThat(norms(side(diff, INSERT))).as("B side of %s", b).isEqualTo(norms(b));
        assertThat(paired.stream().map(PairedSegment::textA).reduce("", String::concat))
            .isEqualTo(sentence);
        assertThat(paired.stream().map(PairedSegment::textB).reduce("", String::concat))
            .isEqualTo(b);
        assertCanonical(diff);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(1200);
  }

  @Test
  void reconstructionOfBIsExactWhenEqualTokensAreSpelledAlike() {
    Random random = new Random(7L);
    for (int round = 0; round < 300; round++) {
      String a = SENTENCES[round % SENTENCES.length];
      String b = mutate(a, random).replaceAll(" +", " ").replace("\u2014", "-");
      String plainA = a.replace("\u2014", "-");

      assertThat(side(WordDiff.diff(plainA, b), INSERT)).isEqualTo(b);
      assertThat(side(WordDiff.diff(plainA, b), DELETE)).isEqualTo(plainA);
    }
  }

  @Test
  void reconstructionOfBIsExactUpToFormWhenSpellingDiffers() {
    String a = "The ministry registered 2,187 families \u2014 \u201Ctwice\u201D the figure.";
    String b = "The ministry now registered 2187 families - \"twice\" the figure.";

    List<DiffSegment> diff = WordDiff.diff(a, b);

    assertThat(side(diff, DELETE)).isEqualTo(a);
    assertThat(norms(side(diff, INSERT))).isEqualTo(norms(b));
    assertThat(diff)
        .filteredOn(s -> s.op() == INSERT)
        .extracting(DiffSegment::text)
        .containsExactly(" now");
  }

  /** Deletes, inserts or replaces whole words, and sometimes doubles a space, with a fixed seed. */
  private static String mutate(String sentence, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(sentence.split(" ")));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && words.size() > 1; e++) {
      int at = random.nextInt(words.size());
      switch (random.nextInt(4)) {
        case 0 -> words.remove(at);
        case 1 -> words.add(at, FILLERS[random.nextInt(FILLERS.length)]);
        case 2 -> words.set(at, FILLERS[random.nextInt(FILLERS.length)]);
        default -> words.set(at, words.get(at) + " ");
      }
    }
    return String.join(" ", words);
  }

  private static String side(List<DiffSegment> diff, Op changeOp) {
    StringBuilder out = new StringBuilder();
    diff.stream()
        .filter(s -> s.op() == EQUAL || s.op() == changeOp)
        .forEach(s -> out.append(s.text()));
    return out.toString();
  }

  private static void assertCanonical(List<DiffSegment> diff) {
    for (int i = 0; i < diff.size(); i++) {
      assertThat(diff.get(i).text()).isNotEmpty();
      if (i > 0) {
        assertThat(diff.get(i).op()).isNotEqualTo(diff.get(i - 1).op());
      }
    }
  }

  private static List<String> norms(String text) {
    return SentenceTokenizer.ofText(text).all().stream().map(Token::norm).toList();
  }
}
