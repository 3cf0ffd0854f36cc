package org.storydiff.model;

import java.util.Locale;

/** Where an article's {@link Article#language()} came from; written to {@code articles/}. */
public enum LanguageSource {
  /** The input's {@code language} field, normalized to a lower-case ISO 639-1 code. */
  GIVEN,
  /** No field: detected from the title and body. */
  DETECTED,
  /** No field, and the text was too short or the detector unsure: English, as before detection. */
  DEFAULT;

  /** The name written in output: {@code given}, {@code detected} or {@code default}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
