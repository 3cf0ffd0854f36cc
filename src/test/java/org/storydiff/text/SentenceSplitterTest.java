package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> texts(String body) {
    return splitter.split(body).stream().map(s -> s.text(body)).toList();
  }

  private List<SentenceKind> kinds(String body) {
    return splitter.split(body).stream().map(Sentence::kind).toList();
  }

  @Test
  void splitsPlainSentencesInOrderWithIndexes() {
    String body =
        "The bridge reopened on Tuesday. Traffic was light! Was it safe? Engineers think so.";
    List<Sentence> sentences = splitter.split(body);
    assertThat(sentences)
        .extracting(s -> s.text(body))
        .containsExactly(
            "The bridge reopened on Tuesday.",
            "Traffic was light!",
            "Was it safe?",
            "Engineers think so.");
    assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
    assertThat(sentences).extracting(Sentence::paragraph).containsOnly(0);
    assertThat(sentences).extracting(Sentence::kind).containsOnly(SentenceKind.BODY);
  }

  @Test
  void aDecimalSpacedAfterItsPointIsNoSentenceEnd() {
    assertThat(texts("4. 6 - Magnitude Quake Recorded Near Healdsburg\n\nDid you feel it?"))
        .containsExactly("4. 6 - Magnitude Quake Recorded Near Healdsburg", "Did you feel it?");
    assertThat(SentenceBreaker.splitsDecimal("4. 6 - Magnitude", 3)).isTrue();
    assertThat(SentenceBreaker.splitsDecimal("It rose to 12. 15 more fled.", 15)).isFalse();
    assertThat(SentenceBreaker.splitsDecimal("It was 1990. 2 fled.", 13)).isFalse();
  }

  @Test
  void emptyAndBlankBodiesGiveNoSentences() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split("   \n\n \t \r\n\u00A0 ")).isEmpty();
  }

  @Test
  void textWithoutPunctuationIsOneSentence() {
    String body =
        "flood waters kept rising through the night and nobody in the valley slept because the"
            + " sirens never stopped and the river kept climbing over the old stone wall near the"
            + " mill";
    assertThat(texts(body)).containsExactly(body);
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    String body =
        "Mr. Okafor met Gen. Halvorsen and Dr. Reyes in the U.S. capital on Feb. 3 this year. "
            + "The U.N. envoy, Mrs. Lind, joined them later. John F. Kennedy Airport was closed.";
    assertThat(texts(body))
        .containsExactly(
            "Mr. Okafor met Gen. Halvorsen and Dr. Reyes in the U.S. capital on Feb. 3 this year.",
            "The U.N. envoy, Mrs. Lind, joined them later.",
            "John F. Kennedy Airport was closed.");
  }

  @Test
  void dottedInitialismBeforeCapitalisedWordStaysInSentence() {
    // ICU's own filter does not suppress "U.S." before an upper-case word; pin the fallback.
    String body = "Troops from the U.S. Army arrived at dawn. They set up camp.";
    assertThat(texts(body))
        .containsExactly("Troops from the U.S. Army arrived at dawn.", "They set up camp.");
  }

  @Test
  void blankLinesSeparateParagraphs() {
    String body =
        "First paragraph has two sentences. Here is the second.\n\n  \nSecond paragraph here.";
    List<Sentence> sentences = splitter.split(body);
    assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
  }

  @Test
  void singleNewlineAfterTerminalPunctuationContinuesParagraph() {
    String body = "The council met at noon.\nIt voted to close the road. Residents objected.";
    List<Sentence> sentences = splitter.split(body);
    assertThat(sentences)
        .extracting(s -> s.text(body))
        .containsExactly(
            "The council met at noon.", "It voted to close the road.", "Residents objected.");
    assertThat(sentences).extracting(Sentence::paragraph).containsOnly(0);
  }

  @Test
  void singleNewlineAfterUnpunctuatedLineStartsParagraph() {
    String body = "Harbour fire contained\nFirefighters worked for six hours. Nobody was hurt.";
    List<Sentence> sentences = splitter.split(body);
    assertThat(sentences)
        .extracting(s -> s.text(body))
        .containsExactly(
            "Harbour fire contained", "Firefighters worked for six hours.", "Nobody was hurt.");
    assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
    assertThat(sentences)
        .extracting(Sentence::kind)
        .containsExactly(SentenceKind.HEADLINE, SentenceKind.BODY, SentenceKind.BODY);
  }

  @Test
  void hardWrappedLineContinuingInLowerCaseStaysOneSentence() {
    String body =
        "The ministry said the convoy of forty trucks\nreached the border crossing late on Friday.";
    assertThat(texts(body))
        .containsExactly(
            "The ministry said the convoy of forty trucks\n"
                + "reached the border crossing late on Friday.");
  }

  @Test
  void crlfLineEndingsWork() {
    String body =
        "Storm warning issued\r\n\r\n"
            + "Winds reached 120 km/h. Schools closed.\r\n\r\n"
            + "More rain is due.\r\n";
    List<Sentence> sentences = splitter.split(body);
    assertThat(sentences)
        .extracting(s -> s.text(body))
        .containsExactly(
            "Storm warning issued",
            "Winds reached 120 km/h.",
            "Schools closed.",
            "More rain is due.");
    assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
  }

  @Test
  void multiSentenceQuoteClosingInParagraphIsNotSplit() {
    String body =
        "The mayor said they were \u201Cready for the worst. Nobody should panic\u201D. "
            + "Shops stayed open.";
    assertThat(texts(body))
        .containsExactly(
            "The mayor said they were \u201Cready for the worst. Nobody should panic\u201D.",
            "Shops stayed open.");
  }

  @Test
  void attributionAfterClosingQuoteDoesNotStandAlone() {
    String body =
        "\u201CWe have enough water. We need more fuel.\u201D Haddad said. "
            + "\"Send help now!\" she told reporters. \"Why wait?\" asked a nurse. The line grew.";
    assertThat(texts(body))
        .containsExactly(
            "\u201CWe have enough water. We need more fuel.\u201D Haddad said.",
            "\"Send help now!\" she told reporters.",
            "\"Why wait?\" asked a nurse.",
            "The line grew.");
  }

  @Test
  void longerAttributionAfterQuestionOrExclamationJoinsQuote() {
    String body =
        "\u201CIs this really the priority in an election year?\u201D Ruiz said at a news "
            + "conference on Friday, according to local radio. Reporters left.";
    assertThat(texts(body))
        .containsExactly(
            "\u201CIs this really the priority in an election year?\u201D Ruiz said at a news "
                + "conference on Friday, according to local radio.",
            "Reporters left.");
  }

  @Test
  void longSentenceAfterQuoteIsNotTakenForAttribution() {
    String body =
        "\u201CIt is over.\u201D The rebels then withdrew from all three towns they had held since"
            + " the spring.";
    assertThat(texts(body))
        .containsExactly(
            "\u201CIt is over.\u201D",
            "The rebels then withdrew from all three towns they had held since the spring.");
  }

  @Test
  void quoteRunningIntoNextParagraphIsSplitAtItsOwnSentenceEnds() {
    String body =
        "\u201CThe dam held. The pumps did not.\n\n\u201CWe will rebuild,\u201D the engineer said.";
    assertThat(texts(body))
        .containsExactly(
            "\u201CThe dam held.",
            "The pumps did not.",
            "\u201CWe will rebuild,\u201D the engineer said.");
  }

  @Test
  void datelineIsItsOwnSentence() {
    String body = "OSLO, March 14 (Reuters) - Ferries were cancelled. Ports stayed shut.";
    List<Sentence> sentences = splitter.split(body);
    assertThat(sentences)
        .extracting(s -> s.text(body))
        .containsExactly(
            "OSLO, March 14 (Reuters) -", "Ferries were cancelled.", "Ports stayed shut.");
    assertThat(sentences)
        .extracting(Sentence::kind)
        .containsExactly(SentenceKind.DATELINE, SentenceKind.BODY, SentenceKind.BODY);
    assertThat(sentences).extracting(Sentence::paragraph).containsOnly(0);
  }

  @Test
  void datelineAfterRepeatedHeadline() {
    String body = "Ferries cancelled in storm\n\nBERGEN, Norway \u2014 Ferries were cancelled.";
    assertThat(kinds(body))
        .containsExactly(SentenceKind.HEADLINE, SentenceKind.DATELINE, SentenceKind.BODY);
    assertThat(texts(body)).element(1).isEqualTo("BERGEN, Norway \u2014");
  }

  @Test
  void datelineOnlyInFirstBodyParagraph() {
    String body = "Ferries were cancelled.\n\nLONDON, Nov 24 - a second storm is due.";
    assertThat(kinds(body)).containsOnly(SentenceKind.BODY);
  }

  @Test
  void datelineOnALineOfItsOwn() {
    String body = "ROME (AP) \u2014\nThe museum reopened. Queues formed early.";
    assertThat(kinds(body))
        .containsExactly(SentenceKind.DATELINE, SentenceKind.BODY, SentenceKind.BODY);
  }

  @Test
  void captionParagraphIsOneCaptionSentence() {
    String body =
        "Rescuers search the rubble. Two were found alive [File: Jane Roe/AFP]\n\n"
            + "The quake struck at night.";
    List<Sentence> sentences = splitter.split(body);
    assertThat(sentences)
        .extracting(Sentence::kind)
        .containsExactly(SentenceKind.CAPTION, SentenceKind.BODY);
    assertThat(sentences.get(0).text(body))
        .isEqualTo("Rescuers search the rubble. Two were found alive [File: Jane Roe/AFP]");
  }

  @Test
  void captionGluedToBodyBySingleNewlineStandsAlone() {
    String body =
        "Photo: Rescue teams at the site.\nThe quake struck at night. Aftershocks followed.";
    assertThat(kinds(body))
        .containsExactly(SentenceKind.CAPTION, SentenceKind.BODY, SentenceKind.BODY);
  }

  @Test
  void creditLinesAreCredit() {
    String body =
        "The talks ended without a deal.\n"
            + "(Reporting by Ana Lima; Editing by Tom Hart)\n\n"
            + "Source: regional health ministry\n\n"
            + "Copyright 2026 Example News. All rights reserved.";
    List<Sentence> sentences = splitter.split(body);
    assertThat(sentences)
        .extracting(Sentence::kind)
        .containsExactly(
            SentenceKind.BODY, SentenceKind.CREDIT, SentenceKind.CREDIT, SentenceKind.CREDIT);
    assertThat(sentences.get(3).text(body))
        .isEqualTo("Copyright 2026 Example News. All rights reserved.");
  }

  @Test
  void creditSentenceAtEndOfBodyParagraph() {
    String body = "The talks ended without a deal. (Reporting by Ana Lima; Editing by Tom Hart)";
    assertThat(kinds(body)).containsExactly(SentenceKind.BODY, SentenceKind.CREDIT);
  }

  @Test
  void longUnpunctuatedParagraphIsBodyNotHeadline() {
    String body =
        "Officials in the three northern districts said on Monday that the evacuation of "
            + "villages along the river would continue for at least another week";
    assertThat(kinds(body)).containsExactly(SentenceKind.BODY);
  }

  @Test
  void offsetsAreRightAfterEmojiAndOtherScripts() {
    String body =
        "\uD83D\uDE00\uD83C\uDF0A Waves hit the pier. \u6D2A\u6C34\u3002 \u05E9\u05DC\u05D5\u05DD."
            + " Done.";
    List<Sentence> sentences = splitter.split(body);
    assertThat(sentences).extracting(s -> s.text(body)).contains("Done.");
    Sentence done = sentences.get(sentences.size() - 1);
    assertThat(done.start()).isEqualTo(body.indexOf("Done."));
    assertThat(sentences.get(0).start()).isZero();
    assertThat(sentences.get(0).text(body))
        .isEqualTo("\uD83D\uDE00\uD83C\uDF0A Waves hit the pier.");
  }

  @Test
  void spansAreTrimmedOrderedAndDisjoint() {
    String body = "  Headline here  \n\n  One.   Two.  \n\n\u201CThree. Four,\u201D he said.  ";
    List<Sentence> sentences = splitter.split(body);
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertThat(s.end()).isGreaterThan(s.start());
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.text(body)).isEqualTo(s.text(body).strip());
      previousEnd = s.end();
    }
    assertThat(sentences).hasSize(4);
  }

  @Test
  void hundredThousandSentencesGiveHundredThousandSentences() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      body.append("Sentence number ").append(i).append(" is here. ");
    }
    List<Sentence> sentences = splitter.split(body.toString());
    assertThat(sentences).hasSize(100_000);
    assertThat(sentences.get(99_999).index()).isEqualTo(99_999);
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(splitter);
    }
    Object copy;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }
    assertThat(((SentenceSplitter) copy).split("Mr. Ito arrived. He left.")).hasSize(2);
  }

  @Test
  void oneSplitterServesSeveralThreads() throws Exception {
    String body = "Mr. Ito arrived. He spoke briefly. Then he left.";
    List<Thread> threads = new java.util.ArrayList<>();
    List<Integer> counts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 200; i++) {
                  counts.add(splitter.split(body).size());
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(counts).hasSize(800).containsOnly(3);
  }
}
