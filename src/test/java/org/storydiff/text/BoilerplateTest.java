package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storydiff.model.SentenceKind;

class BoilerplateTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Medics carry a stretcher past the station [File: Ola Berg/AFP]",
        "Medics carry a stretcher past the station (Photo: Ola Berg)",
        "Medics carry a stretcher past the station. (REUTERS/Ola Berg)",
        "Medics carry a stretcher past the station [Ola Berg/Reuters]",
        "Photo: medics carry a stretcher past the station.",
        "Image: the station after the blast",
        "Caption: The station after the blast.",
        "Video: drone footage of the station",
        "FILE PHOTO: The station is seen in 2019.",
        "FILE - The station is seen in this 2019 picture."
      })
  void captions(String paragraph) {
    assertThat(Boilerplate.classifyParagraph(paragraph)).isEqualTo(SentenceKind.CAPTION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Source: national statistics office",
        "Sources: police, hospital staff",
        "(Reporting by Ana Lima; Editing by Tom Hart)",
        "Reporting by Ana Lima",
        "Writing by Ana Lima; Editing by Tom Hart",
        "Editing by Tom Hart",
        "Additional reporting by Ana Lima in Lisbon",
        "Compiled by the news desk",
        "Copyright 2026 Example News",
        "\u00A9 2026 Example News",
        "All rights reserved.",
        "Read more: Flood season starts early",
        "Related: Ten years after the dam",
        "Follow Ana Lima on Twitter",
        "Follow the news desk on X",
        "The Associated Press contributed to this report.",
        "Ana Lima in Lisbon contributed reporting to this story."
      })
  void credits(String paragraph) {
    assertThat(Boilerplate.classifyParagraph(paragraph)).isEqualTo(SentenceKind.CREDIT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Flood defences hold as river peaks",
        "Black Sea shipping",
        "U.S. troops leave the base"
      })
  void headlines(String paragraph) {
    assertThat(Boilerplate.classifyParagraph(paragraph)).isEqualTo(SentenceKind.HEADLINE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The river peaked at noon.",
        "Will the defences hold?",
        "He called it \u201Ca miracle\u201D",
        "Officials listed three reasons:",
        "The survey (AP/NORC poll) found wide support for the plan among older voters in rural"
            + " areas.",
        "Copyright law was the topic of the second panel.",
        "Related talks will resume on Friday in Geneva."
      })
  void bodyText(String paragraph) {
    assertThat(Boilerplate.classifyParagraph(paragraph)).isEqualTo(SentenceKind.BODY);
  }

  @Test
  void pollSourceListIsNotPhotoCredit() {
    assertThat(
            Boilerplate.isCaption(
                "- The senator leads by six points. [Daily Poll, NBC/Marist, ARG]"))
        .isFalse();
    assertThat(Boilerplate.isCaption("The senator at a rally [Ola Berg/Reuters]")).isTrue();
  }

  @Test
  void headlineHasAtMostTwentyWords() {
    String twenty =
        "one two three four five six seven eight nine ten "
            + "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty";
    assertThat(Boilerplate.classifyParagraph(twenty)).isEqualTo(SentenceKind.HEADLINE);
    assertThat(Boilerplate.classifyParagraph(twenty + " more")).isEqualTo(SentenceKind.BODY);
  }

  @Test
  void wordCountIgnoresLonePunctuation() {
    assertThat(Boilerplate.wordCount("  Storm \u2014 day two  ")).isEqualTo(3);
    assertThat(Boilerplate.wordCount("")).isZero();
  }
}
