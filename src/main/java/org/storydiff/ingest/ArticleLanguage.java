package org.storydiff.ingest;

import com.google.common.base.Optional;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.storydiff.model.LanguageSource;

/**
 * The language of one article: the input's {@code language} field when given (normalized by {@link
 * LanguageTags}, never rejected), otherwise detected from the title and body with Optimaize
 * language-detector, otherwise English marked {@link LanguageSource#DEFAULT}. Decided once, at
 * ingest, so {@code articles/}, figure reading and the report all read the same value.
 *
 * <p>The detector knows our languages (en, de, fr, es) and 14 others, chosen so that a text in a
 * neighbouring or common news language is named as such (and read as English, as any language
 * without a resource is) rather than forced into one of ours; more profiles made the detector less
 * sure on short texts (docs/measurements.md). Deterministic: the library samples n-grams with a
 * fixed seed. Thread-safe: the detector holds read-only profiles, built once per JVM on first use
 * (about 0.6 s), and each call makes its own text object.
 */
public final class ArticleLanguage {

  /** Profiles loaded: ours first, then the others. Chinese is the library's "zh-CN" profile. */
  static final List<String> PROFILES =
      List.of(
          "en", "de", "fr", "es", "it", "pt", "nl", "ca", "ro", "pl", "cs", "sv", "da", "tr", "ru",
          "ar", "zh-CN", "ja");

  /**
   * Fewer letters than this (a headline alone, a caption) and the text is not tried: n-gram
   * statistics on a few words are guesses, and a wrong language changes how figures are read, while
   * the default reads them as the job always has.
   */
  static final int MIN_LETTERS = 40;

  /**
   * Only the head of a long article is read: 1,000 characters decide as well as 2,000 on
   * semeval22-pairs and ECB+ (the same answer for every article) at about 0.18 ms an article
   * instead of 0.26 (measurements.md, language detection).
   */
  static final int MAX_CHARS = 1_000;

  /** The language for analysis, {@code code} a lower-case ISO 639-1 code, and how it was found. */
  public record Resolved(String code, LanguageSource source) {}

  private static final Resolved ENGLISH_BY_DEFAULT = new Resolved("en", LanguageSource.DEFAULT);

  private ArticleLanguage() {}

  /**
   * Resolves one article's language.
   *
   * @param given the input's {@code language}; null or blank means absent
   * @param title the cleaned title; may be null
   * @param body the cleaned body; non-null
   */
  public static Resolved of(String given, String title, String body) {
    String normalized = LanguageTags.normalize(given);
    if (normalized != null) {
      return new Resolved(normalized, LanguageSource.GIVEN);
    }
    return detect(title == null || title.isBlank() ? body : title + "\n" + body);
  }

  /** Detection alone, for text without a field. */
  static Resolved detect(String text) {
    String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (letters(head) < MIN_LETTERS) {
      return ENGLISH_BY_DEFAULT;
    }
    // detect() answers only when the best language's probability reaches the library's minimal
    // confidence (0.9999 by default); below that the text is mixed or unlike any profile.
    Optional<LdLocale> found = Detector.DETECTOR.detect(Detector.TEXTS.forText(head));
    if (!found.isPresent()) {
      return ENGLISH_BY_DEFAULT;
    }
    return new Resolved(LanguageTags.normalize(found.get().getLanguage()), LanguageSource.DETECTED);
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Built on first use, so ingest of articles that all carry a field never loads profiles. */
  private static final class Detector {
    static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();
    static final LanguageDetector DETECTOR = build();

    private static LanguageDetector build() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().read(PROFILES))
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language detector's profiles", e);
      }
    }
  }
}
