package org.storydiff.diff;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storydiff.diff.StoryIndex.SentenceRef;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Evidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Sentence;

/**
 * Findings about statements: body sentences without direct quotes (a quote is reported as the quote
 * itself). Statements are grouped by alignment, which recognises the same statement in other words
 * (see {@code org.storydiff.align}); a group carried by one version is added there, and missing
 * from a version when most others carry it. A version whose only member of the group is one clause
 * of what most others say (they merged two facts into one sentence, or it split them and kept one)
 * omits the other clause. A statement whose figure a figure finding already reports as added or
 * omitted is not reported again, so one difference is reported once. Before reporting, a version is
 * checked for any sentence covering most of the statement's content words, so a missed alignment
 * does not turn into a false finding.
 */
final class StatementFindings {

  /** Sentences shorter than this in content words are fragments, not statements worth reporting. */
  static final int MIN_CONTENT_WORDS = 4;

  /** Share of a statement's content words another sentence must cover to count as carrying it. */
  static final double CARRIED_COVERAGE = 0.7;

  /** Share of the unaligned half of a split sentence its neighbour's counterpart must cover. */
  static final double SPLIT_REST_COVERAGE = 0.5;

  /**
   * A sentence that shares this much of its content words with what a version carries of its group
   * says the same clause in other words (the aligner linked it elsewhere), not a clause it lacks.
   */
  static final double CLAUSE_OVERLAP = 0.5;

  /** Relative difference up to which two values are a revision of one figure ("134" / "130"). */
  static final double CLOSE_FIGURES = 0.25;

  /**
   * Versions that must tell two clauses in separate sentences before a version carrying only one of
   * them is said to omit the other: one version's split is as often wording as two facts.
   */
  static final int MIN_VERSIONS_APART = 2;

  private final StoryIndex index;
  private final String storyId;

  StatementFindings(StoryIndex index, String storyId) {
    this.index = index;
    this.storyId = storyId;
  }

  /**
   * Groups the story's statements by alignment and records each group the rules judge a statement
   * (no figure or quote in it, enough content words) with its findings.
   */
  void find(GroupRecorder out) {
    Groups<Integer> groups = new Groups<>();
    Map<SentenceRef, Integer> ids = new java.util.HashMap<>();
    for (int v = 0; v < index.size(); v++) {
      for (Sentence s : index.version(v).sentences()) {
        if (index.isFindingSentence(v, s.index())) {
          ids.put(new SentenceRef(v, s.index()), groups.add(v, s.index()));
        }
      }
    }
    ids.forEach(
        (ref, id) ->
            index
                .alignedTo(ref)
                .forEach(
                    other -> {
                      Integer otherId = ids.get(other);
                      if (otherId != null) {
                        groups.union(id, otherId);
                      }
                    }));
    List<Map<Integer, List<Integer>>> all = groups.groups();
    // The figure and quote findings recorded so far: a statement is not reported a second time.
    PriorLinks prior =
        new PriorLinks(index, List.copyOf(out.findings()), singleVersionMembers(all));
    for (Map<Integer, List<Integer>> group : all) {
      if (isReportable(group)) {
        List<Finding> findings = new ArrayList<>();
        findingsOf(group, prior, findings);
        if (findings.isEmpty() && hasFigures(group)) {
          continue; // the figure's own group already stands for this statement
        }
        out.record(
            FactKind.STATEMENT,
            Groups.members(group, (v, s) -> index.statementMember(v, s)),
            findings);
      }
    }
  }

  /** Sentences of groups only one version carries: those {@link #reportedAdded} is asked about. */
  private static Set<SentenceRef> singleVersionMembers(List<Map<Integer, List<Integer>>> groups) {
    Set<SentenceRef> out = new java.util.HashSet<>();
    for (Map<Integer, List<Integer>> group : groups) {
      if (group.size() == 1) {
        group.forEach((v, sentences) -> sentences.forEach(s -> out.add(new SentenceRef(v, s))));
      }
    }
    return out;
  }

  private boolean hasFigures(Map<Integer, List<Integer>> group) {
    return group.entrySet().stream()
        .anyMatch(e -> e.getValue().stream().anyMatch(s -> index.hasFacts(e.getKey(), s)));
  }

  private boolean isReportable(Map<Integer, List<Integer>> group) {
    for (var e : group.entrySet()) {
      for (int sentence : e.getValue()) {
        if (index.hasQuotes(e.getKey(), sentence)) {
          return false;
        }
      }
    }
    var first = group.entrySet().iterator().next();
    return index.contentWords(first.getKey(), first.getValue().get(0)).size() >= MIN_CONTENT_WORDS;
  }

  private void findingsOf(Map<Integer, List<Integer>> group, PriorLinks prior, List<Finding> out) {
    var first = group.entrySet().iterator().next();
    int firstVersion = first.getKey();
    int firstSentence = first.getValue().get(0);
    Set<String> words = index.contentWords(firstVersion, firstSentence);
    if (group.size() == 1) {
      if (!carriedByAnotherVersion(firstVersion, firstSentence)
          && !isRestOfSplitSentence(firstVersion, firstSentence, words)) {
        for (int sentence : first.getValue()) {
          if (!reportedAdded(firstVersion, sentence, prior)) {
            out.add(added(firstVersion, sentence));
          }
        }
      }
      return;
    }
    List<Carried> carried = carriedByMost(group);
    if (carried.isEmpty()) {
      return; // no version can omit what most others do not carry
    }
    for (int u = 0; u < index.size(); u++) {
      omission(u, group, carried, prior).ifPresent(out::add);
    }
  }

  /**
   * A member of a group that most versions carry (its own and every version aligned to it), long
   * enough to be a statement: what a version lacking it may be said to omit.
   *
   * @param carriers the member's version and every version with a sentence aligned to it
   */
  private record Carried(int version, int sentence, BitSet carriers, int carrierCount) {}

  /**
   * The group's members that pass the tests that do not depend on the omitting version, in group
   * order, each with its carriers: worked out once per group, not once per version, since the
   * carriers of a pivot sentence in a many-version story are most of the story.
   */
  private List<Carried> carriedByMost(Map<Integer, List<Integer>> group) {
    List<Carried> out = new ArrayList<>();
    group.forEach(
        (w, sentences) -> {
          for (int sentence : sentences) {
            BitSet carriers = carriers(w, sentence);
            int count = carriers.cardinality();
            if (Consensus.mostOthersCarry(count, index.size())
                && index.contentWords(w, sentence).size() >= MIN_CONTENT_WORDS) {
              out.add(new Carried(w, sentence, carriers, count));
            }
          }
        });
    return out;
  }

  /**
   * What version {@code u} omits of the group: its sentences that most versions carry (their own
   * version and every version aligned to them) while {@code u} has nothing aligned to them. When
   * {@code u} is in the group through a sentence that says only part of it (others merged two facts
   * into one sentence, and some also tell the missing one on its own), the sentence must also share
   * less than {@link #CLAUSE_OVERLAP} of its words with {@code u}'s: the part it says is another
   * clause. A version with a sentence covering the statement anyway is not reported.
   */
  private Optional<Finding> omission(
      int u, Map<Integer, List<Integer>> group, List<Carried> candidates, PriorLinks prior) {
    Set<String> own = group.containsKey(u) ? wordsOf(u, group.get(u)) : Set.of();
    Map<Integer, Integer> evidence = new TreeMap<>();
    int carried = 0;
    for (Carried c : candidates) {
      int w = c.version();
      int sentence = c.sentence();
      if (w != u
          && !c.carriers().get(u)
          && (own.isEmpty() || isOtherClause(u, group.get(u), w, sentence))
          && !index.carries(u, new SentenceRef(w, sentence), CARRIED_COVERAGE)) {
        evidence.putIfAbsent(w, sentence);
        carried = Math.max(carried, c.carrierCount());
      }
    }
    if (evidence.isEmpty() || reportedOmitted(u, evidence, prior)) {
      return Optional.empty();
    }
    String what = own.isEmpty() ? "statement" : "a clause of a statement";
    return Optional.of(omitted(u, evidence, carried, what));
  }

  /**
   * Whether sentence {@code s} of version {@code w} tells another clause than {@code u}'s members
   * of the group, though the two are linked through a third version's sentence: they share less
   * than {@link #CLAUSE_OVERLAP} of its words, and at least as many versions tell the two in
   * separate sentences as join them in one. A version that merges two facts into one sentence still
   * carries both; one that keeps them apart shows there are two.
   */
  private boolean isOtherClause(int u, List<Integer> ofU, int w, int s) {
    Set<SentenceRef> withS = withNeighbours(w, List.of(s));
    // Only u's members that meet s through a shared counterpart: a long chain of merged sentences
    // can put many of u's sentences in one group.
    List<Integer> linked = new ArrayList<>();
    for (int m : ofU) {
      if (index.alignedTo(new SentenceRef(u, m)).stream().anyMatch(withS::contains)) {
        linked.add(m);
      }
    }
    if (linked.isEmpty()
        || shareOf(index.contentWords(w, s), wordsOf(u, linked)) >= CLAUSE_OVERLAP) {
      return linked.isEmpty()
          && shareOf(index.contentWords(w, s), wordsOf(u, ofU)) < CLAUSE_OVERLAP;
    }
    Map<Integer, Set<Integer>> sidesU = byVersion(withNeighbours(u, linked));
    int apart = 0;
    int joined = 0;
    // Only versions on both sides count, so walking one side's versions is enough.
    for (var side : byVersion(withS).entrySet()) {
      int x = side.getKey();
      Set<Integer> sentencesOfU = sidesU.get(x);
      if (x == u || sentencesOfU == null) {
        continue;
      }
      if (java.util.Collections.disjoint(side.getValue(), sentencesOfU)) {
        apart++;
      } else {
        joined++;
      }
    }
    return apart >= MIN_VERSIONS_APART && apart >= joined;
  }

  private Set<SentenceRef> withNeighbours(int v, List<Integer> sentences) {
    Set<SentenceRef> out = new java.util.HashSet<>();
    for (int s : sentences) {
      SentenceRef ref = new SentenceRef(v, s);
      out.add(ref);
      out.addAll(index.alignedTo(ref));
    }
    return out;
  }

  /** The sentences of each version among {@code refs}. */
  private static Map<Integer, Set<Integer>> byVersion(Set<SentenceRef> refs) {
    Map<Integer, Set<Integer>> out = new java.util.HashMap<>();
    refs.forEach(r -> out.computeIfAbsent(r.version(), x -> new TreeSet<>()).add(r.sentence()));
    return out;
  }

  /** The version of a sentence and every version with a sentence aligned to it. */
  private BitSet carriers(int w, int sentence) {
    BitSet out = new BitSet(index.size());
    out.set(w);
    index.alignedTo(new SentenceRef(w, sentence)).forEach(r -> out.set(r.version()));
    return out;
  }

  private static double shareOf(Set<String> words, Set<String> in) {
    return (double) words.stream().filter(in::contains).count() / words.size();
  }

  private Set<String> wordsOf(int v, List<Integer> sentences) {
    Set<String> words = new java.util.HashSet<>();
    sentences.forEach(s -> words.addAll(index.contentWords(v, s)));
    return words;
  }

  /**
   * A figure or quote finding already reports this sentence as added, or pairs one of its facts
   * with a fact of another version's sentence that shares some of its words (a revised toll in a
   * lead told in other words): then that version carries the statement.
   */
  private boolean reportedAdded(int v, int sentence, PriorLinks prior) {
    SentenceRef self = new SentenceRef(v, sentence);
    if (prior.isAdded(self)) {
      return true;
    }
    Set<String> words = index.contentWords(v, sentence);
    for (PriorLinks.Link link : prior.pairsOf(self)) {
      SentenceRef counterpart = link.counterpart();
      if (counterpart == null || counterpart.version() == v) {
        continue;
      }
      Finding f = link.finding();
      Evidence e = link.evidence();
      Set<String> judged = words;
      if (prior.farApart(f)) {
        // Only the words beside the figure say whether two distant values are one quantity.
        judged = new java.util.HashSet<>(words);
        judged.removeAll(
            link.mine()
                ? index.wordsIn(v, f.start(), f.end())
                : index.wordsIn(v, e.start(), e.end()));
        judged.removeIf(w -> Character.isDigit(w.charAt(0)));
      }
      if (index.covers(counterpart, judged, StoryIndex.ANCHORED_COVERAGE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A figure or quote finding already links version {@code u} to one of these sentences: it omits
   * their figure or quote, or carries it with another value or wording (then it carries the
   * statement, and the finding says what differs).
   */
  private static boolean reportedOmitted(int u, Map<Integer, Integer> carriers, PriorLinks prior) {
    for (var c : carriers.entrySet()) {
      if (prior.linksVersion(new SentenceRef(c.getKey(), c.getValue()), u)) {
        return true;
      }
    }
    return false;
  }

  private boolean carriedByAnotherVersion(int v, int sentence) {
    for (int w = 0; w < index.size(); w++) {
      if (w != v && index.carries(w, new SentenceRef(v, sentence), CARRIED_COVERAGE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence split in two: the half that did not align is carried when the counterpart of a
   * sentence beside it in the same paragraph covers half its content words.
   */
  private boolean isRestOfSplitSentence(int v, int sentence, Set<String> words) {
    var sentences = index.version(v).sentences();
    int paragraph = sentences.get(sentence).paragraph();
    for (int neighbour : new int[] {sentence - 1, sentence + 1}) {
      if (neighbour < 0
          || neighbour >= sentences.size()
          || sentences.get(neighbour).paragraph() != paragraph) {
        continue;
      }
      for (SentenceRef other : index.alignedTo(new SentenceRef(v, neighbour))) {
        if (index.covers(other, words, SPLIT_REST_COVERAGE)) {
          return true;
        }
      }
    }
    return false;
  }

  private Finding added(int v, int sentence) {
    var article = index.version(v);
    Sentence s = article.sentences().get(sentence);
    return new Finding(
        storyId,
        article.id(),
        article.article().source(),
        ChangeType.ADDED,
        FactKind.STATEMENT,
        s.start(),
        s.end(),
        s.text(article.body()),
        List.of(),
        "statement only in this version");
  }

  private Finding omitted(int u, Map<Integer, Integer> carriers, int carrierCount, String what) {
    List<Evidence> others = new ArrayList<>();
    carriers.forEach(
        (w, sentence) -> {
          var article = index.version(w);
          Sentence s = article.sentences().get(sentence);
          others.add(new Evidence(article.id(), s.start(), s.end(), s.text(article.body())));
        });
    var article = index.version(u);
    return new Finding(
        storyId,
        article.id(),
        article.article().source(),
        ChangeType.OMITTED,
        FactKind.STATEMENT,
        null,
        null,
        null,
        others,
        what + " in " + carrierCount + " of " + (index.size() - 1) + " other versions, not here");
  }
}
