package org.storydiff.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Sentence;
import org.storydiff.text.Token;
import org.storydiff.text.Tokenizer;

/**
 * Aligns the sentences of the versions of one story: which sentence of one version says what a
 * sentence of another says, and whether it says it the {@code SAME} way or {@code CHANGED}.
 *
 * <p>Only non-boilerplate sentences (BODY and HEADLINE) take part. Similarity is a weighted Dice over
 * light-stemmed content words, numbers and names, each weighted by its rarity across the sentences of
 * the story's versions ({@link StoryVocabulary}); see {@link VersionPairAligner} for the linking rules and thresholds and
 * {@link RelationJudge} for SAME versus CHANGED. Alignment is not monotonic (moved paragraphs still
 * align), and one sentence may align to several (a sentence split in two, or two merged).
 *
 * <p>Cost: up to {@link #MAX_ALL_PAIRS_VERSIONS} versions, every pair of versions is aligned. Beyond
 * that, only pairs involving one of the {@link #PIVOT_COUNT} pivot versions are aligned (pivots with
 * each other and with every other version): pivots are the versions with the longest bodies, ties
 * broken by id. Work then grows linearly with the number of versions instead of quadratically.
 *
 * <p>Output: alignments with {@code articleA} sorting before {@code articleB}, sentence numbers as
 * positions in each article's sentence list, sorted by articleA, articleB, sentenceA, sentenceB. The
 * result depends only on the input, not on its order. Stateless and thread-safe.
 */
public final class StoryAligner {

  /** Up to this many versions, every pair of versions is aligned. */
  public static final int MAX_ALL_PAIRS_VERSIONS = 12;
  /** Number of pivot versions used above {@link #MAX_ALL_PAIRS_VERSIONS}. */
  public static final int PIVOT_COUNT = 3;

  private static final Comparator<Alignment> ORDER =
      Comparator.comparing(Alignment::articleA)
          .thenComparing(Alignment::articleB)
          .thenComparingInt(Alignment::sentenceA)
          .thenComparingInt(Alignment::sentenceB);

  /**
   * Alignments between every pair of versions (or pivot pairs, see class doc).
   *
   * @param versions the versions of one story, ids unique; never null
   * @throws IllegalArgumentException if two versions share an id
   */
  public List<Alignment> align(List<AnalyzedArticle> versions) {
    List<AnalyzedArticle> sorted = sortedById(versions);
    List<List<Integer>> positions = new ArrayList<>();
    List<List<Token>> all = new ArrayList<>();
    for (AnalyzedArticle v : sorted) {
      collectTokens(v, positions, all);
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
    VersionPairAligner pairAligner = new VersionPairAligner(new PairScorer(vocabulary), vocabulary);
    List<Alignment> out = new ArrayList<>();
    for (int[] pair : versionPairs(sorted)) {
      String idA = sorted.get(pair[0]).id();
      String idB = sorted.get(pair[1]).id();
      for (VersionPairAligner.Link link : pairAligner.align(profiles.get(pair[0]), profiles.get(pair[1]))) {
        out.add(new Alignment(idA, link.a(), idB, link.b(), link.score(), link.relation()));
      }
    }
    out.sort(ORDER);
    return List.copyOf(out);
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

  /** Tokens of each non-boilerplate sentence, remembering its position in the article's list. */
  private static void collectTokens(
      AnalyzedArticle v, List<List<Integer>> positions, List<List<Token>> all) {
    List<Integer> kept = new ArrayList<>();
    List<Sentence> sentences = v.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (!s.isBoilerplate()) {
        kept.add(i);
        all.add(Tokenizer.INSTANCE.tokenize(v.body(), s.start(), s.end()));
      }
    }
    positions.add(kept);
  }

  /** Index pairs (i < j, so ids sort i before j) of the versions to align. */
  static List<int[]> versionPairs(List<AnalyzedArticle> sorted) {
    int n = sorted.size();
    List<int[]> pairs = new ArrayList<>();
    if (n <= MAX_ALL_PAIRS_VERSIONS) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          pairs.add(new int[] {i, j});
        }
      }
      return pairs;
    }
    Set<Integer> pivots = pivots(sorted);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (pivots.contains(i) || pivots.contains(j)) {
          pairs.add(new int[] {i, j});
        }
      }
    }
    return pairs;
  }

  /** Positions (in id order) of the longest bodies, ties broken by id. */
  private static Set<Integer> pivots(List<AnalyzedArticle> sorted) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(i -> -sorted.get(i).body().length())
            .thenComparing(i -> sorted.get(i).id()));
    return new LinkedHashSet<>(order.subList(0, Math.min(PIVOT_COUNT, order.size())));
  }
}
