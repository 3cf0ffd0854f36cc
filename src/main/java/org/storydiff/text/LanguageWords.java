package org.storydiff.text;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * What a content word is, and the key it is compared by, in an article's language: English through
 * {@link ContentWords} and {@link LightStemmer} (unchanged), German, French and Spanish through
 * Lucene's stop sets for those languages and their Snowball stemmers. A French elided article or
 * pronoun is dropped first ("l'accident" is compared as "accident"), and a hyphenated word made
 * only of stop words ("a-t-il") is no content word. Any other language takes the English rules, as
 * every article did before languages were told apart. Thread-safe (a stemmer per thread).
 */
public abstract sealed class LanguageWords {

  /** The English rules: also those of every language without its own. */
  public static final LanguageWords ENGLISH = new English();

  private static final Map<String, LanguageWords> SNOWBALL =
      Map.of(
          "de", new Snowball("de", GermanAnalyzer.getDefaultStopSet(), GermanStemmer::new, false),
          "fr", new Snowball("fr", FrenchAnalyzer.getDefaultStopSet(), FrenchStemmer::new, true),
          "es",
              new Snowball("es", SpanishAnalyzer.getDefaultStopSet(), SpanishStemmer::new, false));

  /** The rules of {@code language} (a lower-case ISO 639-1 code, or null for English). */
  public static LanguageWords of(String language) {
    return language == null ? ENGLISH : SNOWBALL.getOrDefault(language, ENGLISH);
  }

  /** Whether a word token with this norm (lower-cased, straight apostrophes) is a content word. */
  public abstract boolean isContent(String wordNorm);

  /** The comparison key of a content word's norm. */
  public abstract String stem(String wordNorm);

  /**
   * A function word ("is", "of"; "ist", "de", "el") whose loss or gain alone in a quote is more
   * likely a slip or house style than a trim: a stop word that is no negation ("not", "nicht",
   * "pas", "no" change what is said, however small).
   */
  public abstract boolean isSlipWord(String wordNorm);

  /** The language's code ("de"), "en" for the English rules. */
  public abstract String language();

  private static final class English extends LanguageWords {
    private static final Set<String> NEGATIONS = Set.of("no", "not", "nor", "never", "n't");

    @Override
    public boolean isContent(String wordNorm) {
      return ContentWords.isContent(wordNorm);
    }

    @Override
    public boolean isSlipWord(String wordNorm) {
      return StopWords.contains(wordNorm) && !NEGATIONS.contains(wordNorm);
    }

    @Override
    public String language() {
      return "en";
    }

    @Override
    public String stem(String wordNorm) {
      return LightStemmer.stem(wordNorm);
    }
  }

  private static final class Snowball extends LanguageWords {
    private final String language;
    private final CharArraySet stopWords;
    private final ThreadLocal<SnowballStemmer> stemmer;
    private final boolean elides;
    private final Set<String> negations;

    Snowball(
        String language,
        CharArraySet stopWords,
        Supplier<SnowballStemmer> stemmer,
        boolean elides) {
      this.language = language;
      this.stopWords = stopWords;
      this.stemmer = ThreadLocal.withInitial(stemmer);
      this.elides = elides;
      this.negations =
          LanguageResources.strings(LanguageResources.of(language), "words", "negations");
    }

    @Override
    public String language() {
      return language;
    }

    @Override
    public boolean isSlipWord(String wordNorm) {
      return !negations.contains(wordNorm)
          && stopWords.contains(withoutElision(wordNorm))
          && !negations.contains(withoutElision(wordNorm));
    }

    @Override
    public boolean isContent(String wordNorm) {
      String word = withoutElision(wordNorm);
      if (word.length() < 2 || stopWords.contains(word)) {
        return false;
      }
      if (word.indexOf('-') > 0) {
        for (String part : word.split("-")) {
          if (part.length() > 1 && !stopWords.contains(part)) {
            return true;
          }
        }
        return false;
      }
      return true;
    }

    @Override
    public String stem(String wordNorm) {
      SnowballStemmer s = stemmer.get();
      s.setCurrent(withoutElision(wordNorm));
      s.stem();
      return s.getCurrent();
    }

    /** "l'accident" gives "accident", "qu'il" gives "il"; anything else is returned as is. */
    private String withoutElision(String wordNorm) {
      int apostrophe = wordNorm.indexOf('\'');
      if (!elides || apostrophe <= 0 || apostrophe == wordNorm.length() - 1) {
        return wordNorm;
      }
      return ELIDED.contains(wordNorm.subSequence(0, apostrophe))
          ? wordNorm.substring(apostrophe + 1)
          : wordNorm;
    }
  }

  /** French elided articles and pronouns (Lucene's own list for its elision filter). */
  private static final CharArraySet ELIDED = FrenchAnalyzer.DEFAULT_ARTICLES;
}
