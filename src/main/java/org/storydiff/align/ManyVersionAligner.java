package org.storydiff.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Relation;

/**
 * Aligns a story with more than {@link StoryAligner#MAX_ALL_PAIRS_VERSIONS} versions (tens to
 * thousands of rewrites of one wire story) in work that grows linearly with the number of versions,
 * not with its square, while every statement still ends up linked to its counterparts:
 *
 * <ol>
 *   <li><b>Identical versions</b> (the same sentences, token for token) are aligned once: each copy
 *       gets SAME links, sentence by sentence, to the first version (by id) with that text.
 *   <li><b>Pivots</b>: the {@link #PIVOT_COUNT} longest distinct versions are aligned with each
 *       other and with every other distinct version, by the ordinary {@link VersionPairAligner}.
 *   <li><b>Orphans</b>: a sentence of a non-pivot version that no pivot carries is compared with
 *       earlier such sentences of other versions ("leaders") that share one of its rarest terms, at
 *       most {@link #ORPHAN_CANDIDATES} of them, and linked to the best that passes the thresholds;
 *       otherwise it becomes a leader itself. A statement only some non-pivot versions carry is
 *       thus still linked across them, so it is not reported as added in each.
 * </ol>
 *
 * <p>The alignments then form a spanning structure rather than every pair: a statement shared by
 * many versions is linked through pivots, leaders or the first copy, and consumers group aligned
 * sentences transitively. Used by one thread at a time.
 */
final class ManyVersionAligner {

  /** Number of pivot versions. */
  static final int PIVOT_COUNT = 3;

  /** Most leaders an orphan sentence is scored against. */
  static final int ORPHAN_CANDIDATES = 16;

  private final List<AnalyzedArticle> versions;
  private final List<List<SentenceProfile>> profiles;
  private final VersionPairAligner pairs;
  private final List<Alignment> out;
  private long alignedVersionPairs;

  /**
   * @param versions the story's versions sorted by id
   * @param profiles per version, its non-boilerplate sentence profiles
   * @param out receives the alignments, in no particular order
   */
  ManyVersionAligner(
      List<AnalyzedArticle> versions,
      List<List<SentenceProfile>> profiles,
      VersionPairAligner pairs,
      List<Alignment> out) {
    this.versions = versions;
    this.profiles = profiles;
    this.pairs = pairs;
    this.out = out;
  }

  /**
   * @param textKeys per version, a key equal for versions whose sentences are identical
   */
  void align(List<String> textKeys) {
    List<Integer> distinct = alignCopies(textKeys);
    if (distinct.size() <= StoryAligner.MAX_ALL_PAIRS_VERSIONS) {
      for (int i = 0; i < distinct.size(); i++) {
        for (int j = i + 1; j < distinct.size(); j++) {
          alignPair(distinct.get(i), distinct.get(j), null);
        }
      }
      return;
    }
    Set<Integer> pivots = pivots(distinct);
    Set<SentenceProfile> linked = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < distinct.size(); i++) {
      for (int j = i + 1; j < distinct.size(); j++) {
        int v = distinct.get(i);
        int w = distinct.get(j);
        if (pivots.contains(v) || pivots.contains(w)) {
          alignPair(v, w, linked);
        }
      }
    }
    linkOrphans(distinct, pivots, linked);
  }

  long alignedVersionPairs() {
    return alignedVersionPairs;
  }

  /**
   * Links each copy to the first version with its text; returns the distinct versions in id order.
   */
  private List<Integer> alignCopies(List<String> textKeys) {
    Map<String, Integer> firstByText = new HashMap<>();
    List<Integer> distinct = new ArrayList<>();
    for (int v = 0; v < versions.size(); v++) {
      Integer first = firstByText.putIfAbsent(textKeys.get(v), v);
      if (first == null) {
        distinct.add(v);
        continue;
      }
      List<SentenceProfile> original = profiles.get(first);
      List<SentenceProfile> copy = profiles.get(v);
      for (int k = 0; k < copy.size(); k++) {
        out.add(
            new Alignment(
                versions.get(first).id(),
                original.get(k).index(),
                versions.get(v).id(),
                copy.get(k).index(),
                1.0,
                Relation.SAME));
      }
    }
    return distinct;
  }

  private void alignPair(int v, int w, Set<SentenceProfile> linked) {
    alignedVersionPairs++;
    List<SentenceProfile> sideA = profiles.get(v);
    List<SentenceProfile> sideB = profiles.get(w);
    Map<Integer, SentenceProfile> byIndexA = byIndex(sideA);
    Map<Integer, SentenceProfile> byIndexB = byIndex(sideB);
    for (VersionPairAligner.Link link : pairs.align(sideA, sideB)) {
      out.add(
          new Alignment(
              versions.get(v).id(),
              link.a(),
              versions.get(w).id(),
              link.b(),
              link.score(),
              link.relation()));
      if (linked != null) {
        linked.add(byIndexA.get(link.a()));
        linked.add(byIndexB.get(link.b()));
      }
    }
  }

  private void linkOrphans(
      List<Integer> distinct, Set<Integer> pivots, Set<SentenceProfile> linked) {
    Map<String, List<Leader>> leadersByTerm = new HashMap<>();
    for (int v : distinct) {
      if (pivots.contains(v)) {
        continue;
      }
      for (SentenceProfile orphan : profiles.get(v)) {
        if (linked.contains(orphan)) {
          continue;
        }
        Optional<Alignment> best = bestLeader(v, orphan, leadersByTerm);
        if (best.isPresent()) {
          out.add(best.get());
        } else {
          Leader leader = new Leader(v, orphan);
          pairs
              .keyTerms(orphan)
              .forEach(t -> leadersByTerm.computeIfAbsent(t, x -> new ArrayList<>()).add(leader));
        }
      }
    }
  }

  /**
   * A sentence standing for a statement no pivot carries; {@code version} sorts before later ones.
   */
  private record Leader(int version, SentenceProfile profile) {}

  private Optional<Alignment> bestLeader(
      int v, SentenceProfile orphan, Map<String, List<Leader>> leadersByTerm) {
    Map<SentenceProfile, Leader> candidates = new LinkedHashMap<>();
    collect:
    for (String term : pairs.keyTerms(orphan)) {
      for (Leader l : leadersByTerm.getOrDefault(term, List.of())) {
        if (candidates.size() >= ORPHAN_CANDIDATES) {
          break collect;
        }
        if (l.version() != v) {
          candidates.putIfAbsent(l.profile(), l);
        }
      }
    }
    Alignment best = null;
    for (Leader l : candidates.values()) {
      Optional<VersionPairAligner.Link> link = pairs.linkAlone(l.profile(), orphan);
      if (link.isPresent() && (best == null || link.get().score() > best.score())) {
        best =
            new Alignment(
                versions.get(l.version()).id(),
                link.get().a(),
                versions.get(v).id(),
                link.get().b(),
                link.get().score(),
                link.get().relation());
      }
    }
    return Optional.ofNullable(best);
  }

  /** The longest distinct versions, ties broken by id. */
  private Set<Integer> pivots(List<Integer> distinct) {
    List<Integer> order = new ArrayList<>(distinct);
    order.sort(
        Comparator.<Integer>comparingInt(v -> -versions.get(v).body().length())
            .thenComparingInt(v -> v));
    return new TreeSet<>(order.subList(0, Math.min(PIVOT_COUNT, order.size())));
  }

  private static Map<Integer, SentenceProfile> byIndex(List<SentenceProfile> side) {
    Map<Integer, SentenceProfile> map = new HashMap<>();
    side.forEach(p -> map.put(p.index(), p));
    return map;
  }
}
