package org.storydiff.extract;

/**
 * Numbers as written in a language, read into one form, so that a figure reads the same in every
 * language's version of a story ("45.000" in German and "45,000" in English are both "45000"). The
 * language's separators are those of its resource, as figure reading uses them. Stateless.
 */
public final class LocalNumbers {

  private LocalNumbers() {}

  /**
   * The number token {@code norm} (as the tokenizer wrote it) in English form: digits with a
   * decimal point and no grouping. Unchanged in English, in a language without a resource, and for
   * anything but a plain number (a clock time "08:20").
   */
  public static String norm(String norm, String languageTag) {
    FigureLanguage language = FigureLanguage.of(languageTag);
    if (language == null || norm.indexOf(':') >= 0) {
      return norm;
    }
    String read = LocalizedTokens.numberNorm(norm, language.decimal());
    return read == null ? norm : read;
  }
}
