package org.storydiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "KYIV, March 14 (Reuters) -",
        "WASHINGTON (AP) \u2014",
        "PARIS, Jan. 3 (AFP) \u2013",
        "LONDON, Nov 24 -",
        "NAIROBI, Kenya \u2014",
        "ST. LOUIS, Mo. (AP) \u2014",
        "NEW YORK, Sept. 9 (Reuters) --",
        "KYIV, Ukraine, March 14 (Reuters) -",
        "GENEVA, 14 March (Reuters) -",
        "S\u00C3O PAULO, May 2 (Reuters) -"
      })
  void recognizesDatelineForms(String dateline) {
    String paragraph = dateline + " The river rose overnight.";
    assertThat(Dateline.length(paragraph)).isEqualTo(dateline.length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NATO \u2014 the alliance met.",
        "The river rose - fast.",
        "LONDON-based lenders raised rates.",
        "Kyiv, March 14 (Reuters) - lower-case place",
        "OSLO, March 14 (Reuters) said nothing"
      })
  void rejectsNonDatelines(String paragraph) {
    assertThat(Dateline.length(paragraph)).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LONDON, Nov 24 -", "WASHINGTON (AP) \u2014"})
  void datelineAloneOnItsLine(String dateline) {
    assertThat(Dateline.length(dateline)).isEqualTo(dateline.length());
  }
}
