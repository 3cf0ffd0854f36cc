package org.storydiff.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceTokens;
import org.storydiff.model.Token;

/**
 * Analysis's tokenization step, and the only way into the {@link Tokenizer}: turns a text's
 * sentences into {@link SentenceTokens}, marking content words and their stems in the article's
 * language ({@link LanguageWords}). Later stages read the result and never tokenize a sentence
 * again. Stateless and thread-safe.
 */
public final class SentenceTokenizer {

  private SentenceTokenizer() {}

  /**
   * The tokens of each sentence of {@code text} (an article body; sentence offsets into it), with
   * the English content words and stems.
   */
  public static SentenceTokens of(String text, List<Sentence> sentences) {
    return of(text, sentences, LanguageWords.ENGLISH);
  }

  /**
   * The tokens of each sentence of {@code text}, with the content words and stems of {@code
   * language} (the article's, a lower-case ISO 639-1 code; {@link LanguageWords}).
   */
  public static SentenceTokens of(String text, List<Sentence> sentences, String language) {
    return of(text, sentences, LanguageWords.of(language));
  }

  private static SentenceTokens of(String text, List<Sentence> sentences, LanguageWords words) {
    Builder b = new Builder(sentences.size(), words);
    for (Sentence s : sentences) {
      b.add(Tokenizer.INSTANCE.tokenize(text, s.start(), s.end()));
    }
    return b.build();
  }

  /**
   * The tokens of a text not split into sentences (a title; a quote or a sentence pair given as
   * strings), as one sentence.
   */
  public static SentenceTokens ofText(String text) {
    return ofText(text, null);
  }

  /** The tokens of a text not split into sentences (an article's title) in {@code language}. */
  public static SentenceTokens ofText(String text, String language) {
    Builder b = new Builder(1, LanguageWords.of(language));
    b.add(Tokenizer.INSTANCE.tokenize(text));
    return b.build();
  }

  /**
   * The tokens of {@code text[from, to)}, offsets into {@code text}: for quote extraction, which
   * runs inside analysis and reads the words around quotation marks, in windows that sentence
   * boundaries do not bound (a quote's inside, 80 characters before a mark).
   */
  public static List<Token> range(String text, int from, int to) {
    return Tokenizer.INSTANCE.tokenize(text, from, to);
  }

  /** Collects tokens sentence by sentence, sharing equal strings. */
  private static final class Builder {
    /** Marks a word that is no content word; compared by identity, never a stem. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String NONE = new String("");

    private final List<Token> tokens = new ArrayList<>();
    private final int[] firsts;
    private final Map<String, String> shared = new HashMap<>();

    /**
     * A word's stem when it is a content word, else {@link #NONE}: decided once per distinct word
     * of the text, as an article repeats most of its words.
     */
    private final Map<String, String> stemOfWord = new HashMap<>();

    private final LanguageWords words;
    private int sentence;

    Builder(int sentences, LanguageWords words) {
      firsts = new int[sentences + 1];
      this.words = words;
    }

    void add(List<Token> sentenceTokens) {
      firsts[sentence++] = tokens.size();
      tokens.addAll(sentenceTokens);
    }

    SentenceTokens build() {
      int n = tokens.size();
      firsts[sentence] = n;
      int[] starts = new int[n];
      int[] ends = new int[n];
      byte[] flags = new byte[n];
      String[] norms = new String[n];
      String[] stems = new String[n];
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        starts[i] = t.start();
        ends[i] = t.end();
        norms[i] = shared.computeIfAbsent(t.norm(), k -> k);
        String stem = t.isWord() ? stemOfWord.computeIfAbsent(norms[i], this::stemOrNone) : NONE;
        boolean content = stem != NONE;
        flags[i] =
            (byte)
                (t.type().ordinal()
                    | (t.capitalized() ? SentenceTokens.CAPITALIZED : 0)
                    | (content ? SentenceTokens.CONTENT : 0));
        stems[i] = content ? stem : null;
      }
      return SentenceTokens.fromArrays(firsts, starts, ends, flags, norms, stems);
    }

    private String stemOrNone(String norm) {
      return words.isContent(norm) ? shared.computeIfAbsent(words.stem(norm), k -> k) : NONE;
    }
  }
}
