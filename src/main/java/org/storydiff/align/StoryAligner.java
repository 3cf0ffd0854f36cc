package org.storydiff.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.LanguageGroups;
import org.storydiff.model.Sentence;

/**
 * Aligns the sentences of the versions of one story: which sentence of one version says what a
 * sentence of another says, and whether it says it the {@code SAME} way or {@code CHANGED}.
 *
 * <p>Only non-boilerplate sentences (BODY and HEADLINE) take part. Similarity is a weighted Dice
 * over light-stemmed content words, numbers and names, each weighted by its rarity across the
 * sentences of the story's versions ({@link StoryVocabulary}); see {@link VersionPairAligner} for
 * the linking rules and thresholds and {@link RelationJudge} for SAME versus CHANGED. Alignment is
 * not monotonic (moved paragraphs still align), and one sentence may align to several (a sentence
 * split in two, or two merged).
 *
 * <p>Cost: up to {@link #MAX_ALL_PAIRS_VERSIONS} versions, every pair of versions is aligned and
 * every aligned pair of sentences is reported. Beyond that, {@link ManyVersionAligner} keeps the
 * work linear in the number of versions (identical copies aligned once, pivot versions, and a
 * blocked pass for sentences no pivot carries); its alignments link every statement to its
 * counterparts through pivots or leaders instead of listing every pair.
 *
 * <p>Versions are aligned only with versions of their own language ({@link LanguageGroups}): a
 * translation shares a sentence's names and numbers but not its words, so a lexical link across
 * languages would be noise.
 *
 * <p>Output: alignments with {@code articleA} sorting before {@code articleB}, sentence numbers as
 * positions in each article's sentence list, sorted by articleA, articleB, sentenceA, sentenceB.
 * The result depends only on the input, not on its order. Stateless and thread-safe.
 */
public final class StoryAligner {

  /** Up to this many versions, every pair of versions is aligned. */
  public static final int MAX_ALL_PAIRS_VERSIONS = 12;

  private static final Comparator<Alignment> ORDER =
      Comparator.comparing(Alignment::articleA)
          .thenComparing(Alignment::articleB)
          .thenComparingInt(Alignment::sentenceA)
          .thenComparingInt(Alignment::sentenceB);

  /** Alignments and the work they took: sentence pairs scored and version pairs aligned. */
  record Run(List<Alignment> alignments, long scoredPairs, long alignedVersionPairs) {}

  /**
   * Alignments between the versions (every pair, or the many-version plan; see class doc).
   *
   * @param versions the versions of one story, ids unique; never null
   * @throws IllegalArgumentException if two versions share an id
   */
  public List<Alignment> align(List<AnalyzedArticle> versions) {
    return run(versions).alignments();
  }

  Run run(List<AnalyzedArticle> versions) {
    List<AnalyzedArticle> sorted = sortedById(versions);
    List<List<AnalyzedArticle>> languages = LanguageGroups.of(sorted);
    if (languages.size() == 1) {
      return runOneLanguage(sorted);
    }
    List<Alignment> out = new ArrayList<>();
    long scoredPairs = 0;
    long versionPairs = 0;
    for (List<AnalyzedArticle> language : languages) {
      if (language.size() > 1) {
        Run run = runOneLanguage(language);
        out.addAll(run.alignments());
        scoredPairs += run.scoredPairs();
        versionPairs += run.alignedVersionPairs();
      }
    }
    out.sort(ORDER);
    return new Run(List.copyOf(out), scoredPairs, versionPairs);
  }

  /** Alignments between versions of one language, sorted by id. */
  private Run runOneLanguage(List<AnalyzedArticle> sorted) {
    List<List<Integer>> positions = new ArrayList<>();
    List<SentenceWords> all = new ArrayList<>();
    List<String> textKeys = new ArrayList<>();
    for (AnalyzedArticle v : sorted) {
      textKeys.add(collectTokens(v, positions, all));
    }
    ProfileBuilder builder = new ProfileBuilder(all);
    List<List<SentenceProfile>> profiles = new ArrayList<>();
    int cursor = 0;
    for (int v = 0; v < sorted.size(); v++) {
      List<SentenceProfile> ofVersion = new ArrayList<>();
      for (int position : positions.get(v)) {
        ofVersion.add(builder.profile(position, all.get(cursor++)));
      }
      profiles.add(ofVersion);
    }
    StoryVocabulary vocabulary = new StoryVocabulary(profiles);
    ContradictingWords contradictions =
        ContradictingWords.of(LanguageGroups.codeOf(sorted.get(0).article().language()));
    VersionPairAligner pairAligner =
        new VersionPairAligner(new PairScorer(vocabulary, contradictions), vocabulary);
    List<Alignment> out = new ArrayList<>();
    long versionPairs = 0;
    if (sorted.size() <= MAX_ALL_PAIRS_VERSIONS) {
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          versionPairs++;
          for (VersionPairAligner.Link link : pairAligner.align(profiles.get(i), profiles.get(j))) {
            out.add(
                new Alignment(
                    sorted.get(i).id(),
                    link.a(),
                    sorted.get(j).id(),
                    link.b(),
                    link.score(),
                    link.relation()));
          }
        }
      }
    } else {
      ManyVersionAligner many = new ManyVersionAligner(sorted, profiles, pairAligner, out);
      many.align(textKeys);
      versionPairs = many.alignedVersionPairs();
    }
    out.sort(ORDER);
    return new Run(List.copyOf(out), pairAligner.scoredPairs(), versionPairs);
  }

  private static List<AnalyzedArticle> sortedById(List<AnalyzedArticle> versions) {
    List<AnalyzedArticle> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(AnalyzedArticle::id));
    Set<String> ids = new HashSet<>();
    for (AnalyzedArticle v : sorted) {
      if (!ids.add(v.id())) {
        throw new IllegalArgumentException("duplicate article id in story: " + v.id());
      }
    }
    return sorted;
  }

  /**
   * Tokens of each non-boilerplate sentence, remembering its position in the article's list.
   * Returns the version's text key: its sentences' token norms, equal for identical copies.
   */
  private static String collectTokens(
      AnalyzedArticle v, List<List<Integer>> positions, List<SentenceWords> all) {
    List<Integer> kept = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    List<Sentence> sentences = v.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (!s.isBoilerplate()) {
        kept.add(i);
        SentenceWords words = SentenceWords.of(v.tokens(), i);
        all.add(words);
        words.tokens().forEach(t -> key.append(t.norm()).append(' '));
        key.append('\n');
      }
    }
    positions.add(kept);
    return key.toString();
  }
}
