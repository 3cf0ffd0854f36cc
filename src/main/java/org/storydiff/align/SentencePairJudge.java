package org.storydiff.align;

import java.util.List;
import java.util.Objects;
import org.storydiff.model.Relation;
import org.storydiff.text.SentenceTokenizer;

/**
 * The aligner's decision for two sentences out of any story context: would they align, with which
 * score and relation, if they were the only sentences of two versions. Every term then weighs the
 * same apart from its role (number, name, quoted word), because there is no story to measure rarity
 * in. Used to calibrate and measure the decision on labelled sentence pairs (paraphrase corpora);
 * the job itself always aligns whole stories through {@link StoryAligner}. Stateless, thread-safe.
 */
public final class SentencePairJudge {

  /**
   * @param score the pair's weighted Dice in [0, 1], also when the pair does not align
   * @param aligned whether the aligner links the two
   * @param relation the link's relation, or null when not aligned
   * @param substanceAgrees whether figures, qualifiers, quoted words, speakers and polarity agree
   *     (the hard part of the SAME rule, whatever the score)
   */
  public record Judgement(
      double score, boolean aligned, Relation relation, boolean substanceAgrees) {

    /** Aligned and {@link Relation#SAME}: the two say the same thing in substance. */
    public boolean same() {
      return aligned && relation == Relation.SAME;
    }
  }

  public Judgement judge(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    // A pair given as two strings (paraphrase corpora), not sentences of analysed articles.
    SentenceWords tokensA = SentenceWords.of(SentenceTokenizer.ofText(a), 0);
    SentenceWords tokensB = SentenceWords.of(SentenceTokenizer.ofText(b), 0);
    ProfileBuilder builder = new ProfileBuilder(List.of(tokensA, tokensB));
    SentenceProfile pa = builder.profile(0, tokensA);
    SentenceProfile pb = builder.profile(0, tokensB);
    StoryVocabulary vocabulary = new StoryVocabulary(List.of(List.of(pa), List.of(pb)));
    PairScorer scorer = new PairScorer(vocabulary, ContradictingWords.ENGLISH);
    PairScore score = scorer.score(pa, pb);
    List<VersionPairAligner.Link> links =
        new VersionPairAligner(scorer, vocabulary).align(List.of(pa), List.of(pb));
    Relation relation = links.isEmpty() ? null : links.get(0).relation();
    return new Judgement(
        score.dice(), !links.isEmpty(), relation, RelationJudge.substanceAgrees(pa, pb));
  }
}
