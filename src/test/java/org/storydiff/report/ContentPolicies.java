package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Content-Security-Policy meta tag of a rendered page, for tests. */
final class ContentPolicies {

  private static final Pattern META =
      Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");

  private ContentPolicies() {}

  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d+);");

  /**
   * The policy as the browser reads it: the template escapes quotes and '=' as numeric entities.
   */
  static String of(String html) {
    Matcher m = META.matcher(html);
    assertThat(m.find()).as("CSP meta tag").isTrue();
    assertThat(m.group(1)).doesNotContain("&amp;", "&lt;", "&gt;", "&quot;");
    return NUMERIC_ENTITY
        .matcher(m.group(1))
        .replaceAll(e -> Character.toString(Integer.parseInt(e.group(1))));
  }
}
