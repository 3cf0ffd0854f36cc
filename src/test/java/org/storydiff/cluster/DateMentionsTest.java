package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storydiff.text.SentenceTokenizer;

class DateMentionsTest {

  private static java.util.List<String> dates(String text) {
    return DateMentions.terms(SentenceTokenizer.ofText(text).all());
  }

  @Test
  void monthDayYearGivesMonthDayAndYearMonth() {
    assertThat(dates("on November 12, 2011 at noon")).containsExactly("d:11-12", "d:2011-11");
    assertThat(dates("Updated: Nov. 3 2013")).containsExactly("d:11-03", "d:2013-11");
  }

  @Test
  void dayFirstAndOrdinalsAreRead() {
    assertThat(dates("18 September 2013")).containsExactly("d:09-18", "d:2013-09");
    assertThat(dates("on the 18th September")).containsExactly("d:09-18");
  }

  @Test
  void monthAndYearWithoutDayGivesYearMonthOnly() {
    assertThat(dates("since January 2009")).containsExactly("d:2009-01");
  }

  @Test
  void isoDatesAreRead() {
    assertThat(dates("filed on 2026-03-02, then")).containsExactly("d:03-02", "d:2026-03");
  }

  @Test
  void commonWordsAndBareMonthsAreNotDates() {
    assertThat(dates("Talks may resume in March")).isEmpty();
    assertThat(dates("they march 12 miles")).isEmpty();
    assertThat(dates("the may 5 vote")).isEmpty();
    assertThat(dates("June 45")).isEmpty();
  }
}
