package org.storydiff.align;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storydiff.model.Relation;

/**
 * Aligns the sentences of two versions of one story. Not order-preserving: paragraphs move between
 * versions. Used by one thread at a time: it caches per-sentence weights for the story it serves.
 *
 * <p>Candidates come from inverted indexes: a pair is scored only when it shares one of either
 * sentence's {@link #KEY_TERMS_PER_SENTENCE} rarest terms, so sentence pairs that share only the
 * story's common words are never scored. A scored pair is eligible when it passes the thresholds
 * below and no contradiction vetoes it. It is linked when it is within {@link #MARGIN} of the best
 * eligible counterpart on both sides, or, for splits and merges, when the lighter sentence is
 * mostly contained in the heavier one and that is within the margin of the lighter sentence's best.
 */
final class VersionPairAligner {

  /** Weighted Dice from which two sentences count as the same statement. */
  static final double MIN_DICE = 0.5;

  /** A link is kept if its Dice is within this of the best counterpart (mutual best with slack). */
  static final double MARGIN = 0.05;

  /** Share of the lighter sentence's weight the heavier one must cover for a split/merge link. */
  static final double MIN_PART_COVERAGE = 0.7;

  /** Dice floor for a split/merge link: a part is short, so Dice is low even when contained. */
  static final double MIN_PART_DICE = 0.3;

  /** A split/merge part needs this many content terms, so "Officials said." links nowhere. */
  static final int MIN_PART_TERMS = 3;

  /**
   * A quote fragment this long (words, stop words included) links to a sentence quoting it whole.
   */
  static final int MIN_QUOTE_PART_WORDS = 4;

  /**
   * When figures (same unit word) or names disagree, the rest must agree this closely: "35 people
   * were killed in the attack on the base" may become "37 people were killed in the attack on the
   * base" (a changed toll), but is not "12 people were killed in the shelling of the market".
   */
  static final double MIN_REST_DICE_ON_FIGURE_CONFLICT = 0.75;

  /**
   * When each side names someone or somewhere the other does not, the rest must agree more closely
   * still: names are rarely corrected between versions, so "arrested two men in Ostrel after the
   * protest" and "arrested two men in Panvik after the match" are two events, while a quote given
   * to a different speaker is the same statement with a changed speaker.
   */
  static final double MIN_REST_DICE_ON_NAME_CONFLICT = 0.85;

  /**
   * Candidate pairs must share one of either sentence's this many rarest terms; two statements that
   * agree share some of their rarest words, and this keeps scoring away from pairs that only share
   * the story's common vocabulary.
   */
  static final int KEY_TERMS_PER_SENTENCE = 4;

  private final PairScorer scorer;
  private final StoryVocabulary vocabulary;

  /** Per-profile caches: profiles are shared by all version pairs of the story. */
  private final Map<SentenceProfile, Double> weights = new IdentityHashMap<>();

  private final Map<SentenceProfile, List<String>> keys = new IdentityHashMap<>();

  private final Map<List<SentenceProfile>, SideIndex> sideIndexes = new IdentityHashMap<>();

  /** Sentence pairs scored so far: the aligner's unit of work, counted for tests and benchmarks. */
  private long scoredPairs;

  VersionPairAligner(PairScorer scorer, StoryVocabulary vocabulary) {
    this.scorer = scorer;
    this.vocabulary = vocabulary;
  }

  /** One accepted link between sentence {@code a} of A and {@code b} of B (list positions). */
  record Link(int a, int b, double score, Relation relation) {}

  private record Edge(
      SentenceProfile a, SentenceProfile b, PairScore score, boolean primary, boolean part) {}

  List<Link> align(List<SentenceProfile> sideA, List<SentenceProfile> sideB) {
    List<Edge> edges = eligibleEdges(sideA, sideB);
    Map<Integer, Double> bestA = new HashMap<>();
    Map<Integer, Double> bestB = new HashMap<>();
    for (Edge e : edges) {
      bestA.merge(e.a().index(), e.score().dice(), Math::max);
      bestB.merge(e.b().index(), e.score().dice(), Math::max);
    }
    List<Edge> kept = new ArrayList<>();
    for (Edge e : edges) {
      if (keep(e, bestA.get(e.a().index()), bestB.get(e.b().index()))) {
        kept.add(e);
      }
    }
    return withRelations(kept);
  }

  private List<Edge> eligibleEdges(List<SentenceProfile> sideA, List<SentenceProfile> sideB) {
    SideIndex b = sideIndex(sideB);
    List<Edge> edges = new ArrayList<>();
    BitSet candidates = new BitSet(sideB.size());
    for (SentenceProfile a : sideA) {
      candidates.clear();
      for (String term : keyTerms(a)) {
        for (int k : b.allTerms().getOrDefault(term, NONE)) {
          candidates.set(k);
        }
      }
      for (String term : a.terms().keySet()) {
        for (int k : b.keyTerms().getOrDefault(term, NONE)) {
          candidates.set(k);
        }
      }
      // In side B's order, which is sentence order (the order of the sentence index).
      for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
        Edge e = classify(a, sideB.get(k), score(a, sideB.get(k)));
        if (e.primary() || e.part()) {
          edges.add(e);
        }
      }
    }
    return edges;
  }

  private static final int[] NONE = new int[0];

  /**
   * A version's inverted indexes, term to positions in its profile list: of all its terms and of
   * each sentence's key terms. Built once per version, not once per pair of versions it is in.
   */
  private record SideIndex(Map<String, int[]> allTerms, Map<String, int[]> keyTerms) {}

  private SideIndex sideIndex(List<SentenceProfile> side) {
    return sideIndexes.computeIfAbsent(side, this::indexSide);
  }

  private SideIndex indexSide(List<SentenceProfile> side) {
    Map<String, List<Integer>> all = new HashMap<>();
    Map<String, List<Integer>> key = new HashMap<>();
    for (int k = 0; k < side.size(); k++) {
      int position = k;
      side.get(k)
          .terms()
          .keySet()
          .forEach(t -> all.computeIfAbsent(t, x -> new ArrayList<>()).add(position));
      keyTerms(side.get(k))
          .forEach(t -> key.computeIfAbsent(t, x -> new ArrayList<>()).add(position));
    }
    return new SideIndex(toArrays(all), toArrays(key));
  }

  private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((t, l) -> out.put(t, l.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /**
   * The link between two sentences judged on their own, without competing counterparts: used for
   * sentences no pivot version carries. Empty unless the pair passes the primary thresholds.
   */
  Optional<Link> linkAlone(SentenceProfile a, SentenceProfile b) {
    Edge e = classify(a, b, score(a, b));
    if (!e.primary()) {
      return Optional.empty();
    }
    return Optional.of(
        new Link(a.index(), b.index(), e.score().dice(), RelationJudge.judge(scorer, a, b)));
  }

  long scoredPairs() {
    return scoredPairs;
  }

  private PairScore score(SentenceProfile a, SentenceProfile b) {
    scoredPairs++;
    return scorer.score(a, b);
  }

  /** The sentence's rarest terms in the story, ties broken by the term itself. */
  List<String> keyTerms(SentenceProfile p) {
    return keys.computeIfAbsent(p, this::rarestTerms);
  }

  private List<String> rarestTerms(SentenceProfile p) {
    return p.terms().keySet().stream()
        .sorted(Comparator.comparingDouble((String t) -> -vocabulary.idf(t)).thenComparing(t -> t))
        .limit(KEY_TERMS_PER_SENTENCE)
        .toList();
  }

  private Edge classify(SentenceProfile a, SentenceProfile b, PairScore s) {
    if (s.contradiction()) {
      return new Edge(a, b, s, false, false);
    }
    double weightA = weight(a);
    double weightB = weight(b);
    boolean partSized =
        s.dice() >= MIN_PART_DICE && (weightA <= weightB ? a : b).terms().size() >= MIN_PART_TERMS;
    if (s.nameConflict() || s.figureConflict()) {
      // The same statement with a changed figure or name: everything else must agree closely.
      double minRest =
          s.nameConflict() ? MIN_REST_DICE_ON_NAME_CONFLICT : MIN_REST_DICE_ON_FIGURE_CONFLICT;
      // A figure revised in a shorter retelling ("About 400 residents were evacuated from nearby
      // streets" / "About 600 residents were evacuated from streets around the port as ..."): the
      // lighter sentence is contained in the other apart from the figure.
      boolean agrees =
          s.restDice() >= minRest
              || !s.nameConflict() && s.smallerRestCovered(weightA, weightB) >= MIN_PART_COVERAGE;
      boolean primary = agrees && s.dice() >= MIN_PART_DICE;
      boolean part =
          partSized
              && s.smallerRestCovered(weightA, weightB) >= Math.max(minRest, MIN_PART_COVERAGE);
      return new Edge(a, b, s, primary, part);
    }
    // Close figures ("134" / "more than 130"): judge the pair on everything but the numbers.
    boolean primary = (s.figuresDiffer() ? s.restDice() : s.dice()) >= MIN_DICE;
    double covered =
        s.figuresDiffer()
            ? s.smallerRestCovered(weightA, weightB)
            : s.smallerCovered(weightA, weightB);
    boolean part = partSized && covered >= MIN_PART_COVERAGE || quotePart(a, b, weightA, weightB);
    return new Edge(a, b, s, primary, part);
  }

  /**
   * The lighter sentence is a quote fragment the other quotes word for word ("Those responsible
   * will answer for it." split off a two-sentence quote): too few content terms for a part, but a
   * quote of {@link #MIN_QUOTE_PART_WORDS} words or more repeated verbatim is the same statement.
   */
  private static boolean quotePart(
      SentenceProfile a, SentenceProfile b, double weightA, double weightB) {
    List<String> part = (weightA <= weightB ? a : b).quotedWords();
    List<String> whole = (weightA <= weightB ? b : a).quotedWords();
    return part.size() >= MIN_QUOTE_PART_WORDS && Collections.indexOfSubList(whole, part) >= 0;
  }

  private double weight(SentenceProfile p) {
    return weights.computeIfAbsent(p, scorer::weight);
  }

  private boolean keep(Edge e, double bestOfA, double bestOfB) {
    double dice = e.score().dice();
    if (e.primary() && dice >= bestOfA - MARGIN && dice >= bestOfB - MARGIN) {
      return true;
    }
    if (!e.part()) {
      return false;
    }
    boolean aIsLighter = weight(e.a()) <= weight(e.b());
    return dice >= (aIsLighter ? bestOfA : bestOfB) - MARGIN;
  }

  /**
   * A sentence linked to several counterparts (a split or merge) is judged against all of them
   * together, so a split that keeps every figure, quote and name is SAME.
   */
  private List<Link> withRelations(List<Edge> kept) {
    Map<Integer, List<SentenceProfile>> partnersOfA = new HashMap<>();
    Map<Integer, List<SentenceProfile>> partnersOfB = new HashMap<>();
    for (Edge e : kept) {
      partnersOfA.computeIfAbsent(e.a().index(), k -> new ArrayList<>()).add(e.b());
      partnersOfB.computeIfAbsent(e.b().index(), k -> new ArrayList<>()).add(e.a());
    }
    List<Link> links = new ArrayList<>();
    for (Edge e : kept) {
      List<SentenceProfile> ofA = partnersOfA.get(e.a().index());
      List<SentenceProfile> ofB = partnersOfB.get(e.b().index());
      Relation relation;
      if (ofA.size() > 1 && ofB.size() == 1) {
        relation = RelationJudge.judge(scorer, e.a(), RelationJudge.union(byIndex(ofA)));
      } else if (ofB.size() > 1 && ofA.size() == 1) {
        relation = RelationJudge.judge(scorer, RelationJudge.union(byIndex(ofB)), e.b());
      } else {
        relation = RelationJudge.judge(scorer, e.a(), e.b());
      }
      links.add(new Link(e.a().index(), e.b().index(), e.score().dice(), relation));
    }
    return links;
  }

  private static List<SentenceProfile> byIndex(List<SentenceProfile> profiles) {
    return profiles.stream().sorted(Comparator.comparingInt(SentenceProfile::index)).toList();
  }
}
