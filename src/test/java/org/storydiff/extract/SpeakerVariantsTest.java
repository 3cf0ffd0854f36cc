package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerVariantsTest {

  private final SpeakerVariants plain = new SpeakerVariants();

  @Test
  void transliterationsAndSpellingsOfOnePersonMatch() {
    assertThat(plain.same("Volodymyr Zelenskyy", "Volodymyr Zelensky")).isTrue();
    assertThat(plain.same("Zelenskiy", "President Volodymyr Zelenskyy")).isTrue();
    assertThat(plain.same("Yusuf Karadağ", "Yusuf Karadag")).isTrue();
    assertThat(plain.same("Mohammed El-Sayed", "Mohamed al-Sayed")).isTrue();
    assertThat(plain.same("Costel Mavrin", "Kostel Mavrin")).isTrue();
    assertThat(plain.same("Владимир Зеленский", "Vladimir Zelenskij")).isTrue();
  }

  @Test
  void titlesInitialsAndLoneNamesMatchTheFullName() {
    assertThat(plain.same("Gov. Rick Perry", "Rick Perry")).isTrue();
    assertThat(plain.same("R. Perry", "Rick Perry")).isTrue();
    assertThat(plain.same("Mr. Hawes", "Daniel Hawes")).isTrue();
    assertThat(plain.same("Lim", "Lim Hui Min")).isTrue();
    assertThat(plain.same("Lind Ocampo", "Marta Lind Ocampo")).isTrue();
    assertThat(plain.same("Ivo DelMonte", "Ivo Del Monte")).isTrue();
    assertThat(plain.same("Lind Ocampo", "Marta Ocampo")).isFalse();
  }

  @Test
  void differentPeopleDoNotMatch() {
    assertThat(plain.same("Rick Perry", "Katy Perry")).isFalse();
    assertThat(plain.same("Armen Petrosyan", "Marta Lindqvist")).isFalse();
    assertThat(plain.same("Zelenskyy", "Zhang")).isFalse();
    assertThat(plain.same("Anna Mavrin", "Ivo Mavrin")).isFalse();
    assertThat(plain.same("one passenger", "a passenger")).isFalse();
    assertThat(plain.same(null, "Rick Perry")).isFalse();
  }

  @Test
  void organisationsMatchByAcronymShortNameAndSpokesperson() {
    String text = "Aid reached the town, the International Committee of the Red Cross (ICRC) said.";
    SpeakerVariants article = new SpeakerVariants(SpeakerVariants.acronyms(text));
    assertThat(SpeakerVariants.acronyms(text))
        .containsEntry("ICRC", "International Committee of the Red Cross");
    assertThat(plain.same("ICRC", "International Committee of the Red Cross")).isTrue();
    assertThat(article.same("the ICRC", "the Red Cross")).isTrue();
    assertThat(plain.same("the Red Cross", "International Committee of the Red Cross")).isTrue();
    assertThat(plain.same("a spokesperson for the United Nations", "United Nations")).isTrue();
    assertThat(plain.same("Britain's Ministry of Defence", "the UK defence ministry")).isTrue();
    assertThat(plain.same("Ministry of Defence", "Ministry of Foreign Affairs")).isFalse();
    assertThat(plain.same("Red Cross", "Red Crescent")).isFalse();
  }

  @Test
  void typesPeopleAndOrganisations() {
    assertThat(SpeakerVariants.typeOf("Ria Holt")).isEqualTo("person");
    assertThat(SpeakerVariants.typeOf("ICRC")).isEqualTo("organisation");
    assertThat(SpeakerVariants.typeOf("the Ministry of Defence")).isEqualTo("organisation");
    assertThat(SpeakerVariants.typeOf(null)).isNull();
  }

  @Test
  void anArticleAcronymNeedsMatchingInitials() {
    assertThat(SpeakerVariants.acronyms("the World Food Programme (WFP) and the Kremlin (Moscow)"))
        .isEqualTo(Map.of("WFP", "World Food Programme"));
  }
}
