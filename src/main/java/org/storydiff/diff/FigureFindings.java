package org.storydiff.diff;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storydiff.diff.StoryIndex.SentenceRef;
import org.storydiff.extract.SpeakerVariants;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Evidence;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactKind;
import org.storydiff.model.Figure;
import org.storydiff.model.Finding;
import org.storydiff.model.SentenceKind;

/**
 * Findings about figures. A figure is "the same quantity" in two versions when it sits in aligned
 * sentences with the same unit (paired one-to-one, equal values first), or anywhere in the story
 * with the same unit and value; in every case only when {@link SameFigureFact} allows it (the same
 * thing counted, compatible sources), for the group as a whole. Each group of same-quantity figures
 * then yields added, changed or omitted findings by the {@link Consensus} rules. Dates, times,
 * weekdays and ordinals only ever give {@code changed}: a date that one version mentions and
 * another leaves out is nearly always wording ("on Sunday"), while a date that differs is news.
 */
final class FigureFindings {

  /** Content overlap (numbers aside) two sentences need for their unmatched figures to pair. */
  static final double RESIDUAL_SENTENCE_OVERLAP = 0.4;

  /** The same when only one compatible quantity is unmatched: some shared topic words suffice. */
  static final double UNIQUE_RESIDUAL_OVERLAP = 0.15;

  private final StoryIndex index;
  private final String storyId;
  private final SameFigureFact sameFact;

  /** The sources (as {@link SameFigureFact#source}) of each group, by group id; kept on union. */
  private final Map<Integer, Set<String>> sourcesByGroup = new HashMap<>();

  /** Each member's measure, by member index: read once, compared for every candidate pair. */
  private final List<FigureMeasure> measures = new ArrayList<>();

  /** The versions carrying each group, by group id; kept on union. */
  private final Map<Integer, BitSet> versionsOfGroup = new HashMap<>();

  FigureFindings(StoryIndex index, String storyId) {
    this.index = index;
    this.storyId = storyId;
    Map<String, String> acronyms = new HashMap<>();
    for (int v = 0; v < index.size(); v++) {
      SpeakerVariants.acronyms(index.version(v).article().body()).forEach(acronyms::putIfAbsent);
    }
    this.sameFact = new SameFigureFact(acronyms);
  }

  /** Groups the story's figures and records each group with its findings. */
  void find(GroupRecorder out) {
    Groups<Figure> groups = new Groups<>();
    Map<SentenceRef, List<Integer>> idsBySentence = new HashMap<>();
    Map<String, List<Integer>> firstsByQuantity = new HashMap<>();
    for (int v = 0; v < index.size(); v++) {
      for (var fact : index.version(v).facts()) {
        if (fact instanceof Figure f && index.isFindingFact(v, f)) {
          int id = groups.add(v, f);
          measures.add(FigureMeasure.of(index.version(v), f));
          String source = SameFigureFact.source(f);
          // "" stands for a member no version attributes
          sourcesByGroup.put(id, new TreeSet<>(Set.of(source == null ? "" : source)));
          versionsOfGroup.computeIfAbsent(id, k -> new BitSet()).set(v);
          idsBySentence
              .computeIfAbsent(new SentenceRef(v, f.sentence()), k -> new ArrayList<>())
              .add(id);
          // "dozens of deputies" in two versions may be two crowds: a vague amount is no evidence
          // of one fact on sight, only where the sentences clearly say the same (linkResidual…)
          if (f.unit() != null && !f.isVague()) {
            FigureReading r = FigureReading.of(f);
            String key =
                FigureReading.unitKey(f)
                    + "|"
                    + r.value()
                    + "|"
                    + r.valueMin()
                    + "|"
                    + r.valueMax()
                    + "|"
                    + r.label();
            // Equal quantities of one unit are one fact, whoever gives them, unless what each
            // measures is read as different; ages, unless both name the same person, are left to
            // the sentences' wording (linkResidualFigures): "her 11-year-old daughter" and
            // "Mara Lenz, 11" are two children.
            List<Integer> firsts = firstsByQuantity.computeIfAbsent(key, k -> new ArrayList<>());
            Integer first = null;
            for (int candidate : firsts) {
              if (equalValueJoins(groups, candidate, id)) {
                first = candidate;
                break;
              }
            }
            if (first == null) {
              firsts.add(id);
            } else {
              join(groups, first, id, true);
            }
          }
        }
      }
    }
    linkAlignedSentences(groups, idsBySentence);
    linkResidualFigures(groups);
    List<Map<Integer, List<Figure>>> all = groups.groups();
    Map<Integer, Map<Integer, List<Figure>>> headlines = headlineMembers(all);
    for (int g = 0; g < all.size(); g++) {
      Map<Integer, List<Figure>> group = all.get(g);
      List<Finding> findings = new ArrayList<>();
      findingsOf(group, findings);
      Map<Integer, List<FactGroup.Member>> members = new TreeMap<>();
      Groups.members(group, (v, f) -> index.member(v, f))
          .forEach((v, m) -> members.put(v, new ArrayList<>(m)));
      headlines
          .getOrDefault(g, Map.of())
          .forEach(
              (v, figures) ->
                  figures.forEach(
                      f ->
                          members
                              .computeIfAbsent(v, k -> new ArrayList<>())
                              .add(index.member(v, f))));
      out.record(FactKind.FIGURE, members, findings);
    }
  }

  /**
   * Headline figures join the one group that holds the same amount of a compatible unit ("Riot
   * after vigil for 16-year-old" and the body's "the 16-year-old"), for the group's identity only:
   * headlines restate the body and raise no finding of their own. Where several groups hold it, the
   * one its own article's body is in; a headline amount that several groups hold, none of them (or
   * several) with its own body, or that none holds, stays apart. Keyed by group position, then
   * version.
   */
  private Map<Integer, Map<Integer, List<Figure>>> headlineMembers(
      List<Map<Integer, List<Figure>>> all) {
    Map<Integer, Map<Integer, List<Figure>>> out = new HashMap<>();
    for (int v = 0; v < index.size(); v++) {
      for (var fact : index.version(v).facts()) {
        if (!(fact instanceof Figure h)
            || !h.isQuantity()
            || index.version(v).sentences().get(h.sentence()).kind() != SentenceKind.HEADLINE) {
          continue;
        }
        Integer only = null;
        Integer ownBody = null;
        for (int g = 0; g < all.size(); g++) {
          if (holdsAmount(all.get(g), h)) {
            only = only == null ? g : -1;
            if (all.get(g).containsKey(v)) {
              ownBody = ownBody == null ? g : -1;
            }
          }
        }
        if (ownBody != null) {
          only = ownBody; // a headline restates its own article's body first
        }
        if (only != null && only >= 0) {
          out.computeIfAbsent(only, k -> new TreeMap<>())
              .computeIfAbsent(v, k -> new ArrayList<>())
              .add(h);
        }
      }
    }
    return out;
  }

  private static boolean holdsAmount(Map<Integer, List<Figure>> group, Figure h) {
    String hk = FigureReading.unitKey(h);
    for (List<Figure> figures : group.values()) {
      for (Figure f : figures) {
        String fk = FigureReading.unitKey(f);
        if (sameAmount(f, h) && (hk == null || fk == null || hk.equals(fk))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Unites the groups of members {@code a} and {@code b}. Figures of the same quantity ({@code
   * equal}) always unite: whoever gives it, an equal figure raises no finding, and source phrases
   * are too noisy to split on. Differing figures unite only when their groups' sources are
   * compatible ({@link SameFigureFact#sameSources}) and no version carries both groups: two
   * different figures of one version are two facts, and uniting them through a third version's
   * figure would hide a change. True when they are (now) one group.
   */
  private boolean join(Groups<Figure> groups, int a, int b, boolean equal) {
    int ga = groups.groupId(a);
    int gb = groups.groupId(b);
    if (ga == gb) {
      return true;
    }
    if (!equal
        && (!sameFact.sameSources(sourcesByGroup.get(ga), sourcesByGroup.get(gb))
            || versionsOfGroup.get(ga).intersects(versionsOfGroup.get(gb)))) {
      return false;
    }
    Set<String> sources = new TreeSet<>(sourcesByGroup.remove(ga));
    sources.addAll(sourcesByGroup.remove(gb));
    BitSet versions = (BitSet) versionsOfGroup.remove(ga).clone();
    versions.or(versionsOfGroup.remove(gb));
    groups.union(a, b);
    sourcesByGroup.put(groups.groupId(a), sources);
    versionsOfGroup.put(groups.groupId(a), versions);
    return true;
  }

  private void linkAlignedSentences(
      Groups<Figure> groups, Map<SentenceRef, List<Integer>> idsBySentence) {
    idsBySentence.forEach(
        (ref, ids) -> {
          for (SentenceRef other : index.alignedTo(ref)) {
            if (other.version() > ref.version() && idsBySentence.containsKey(other)) {
              pairFigures(groups, ids, idsBySentence.get(other));
            }
          }
        });
  }

  /**
   * Second chance for figures left unmatched: a figure that only its own version carries (or a
   * group of versions with the same value) is paired with a quantity the other versions carry, when
   * {@link SameFigureFact} allows it and the two sentences say mostly the same thing apart from
   * their numbers. The aligner is right to hold back on sentences whose numbers differ; this is
   * where those differences are found. A candidate of the same amount is taken before any other (an
   * equal figure is the obvious counterpart: "about 220,000 people" displaced pairs with "some
   * 220,000", not with the 640,000 vaccinated); a figure whose unit says nothing ("the two of
   * them") needs the sentences to clearly say the same thing before it pairs with a counted noun.
   */
  private void linkResidualFigures(Groups<Figure> groups) {
    // Per member computed once, per group kept up to date by join: a story of a thousand versions
    // has thousands of figures, and this loop is over their pairs.
    String[] unitKeys = new String[groups.size()];
    FigureReading[] readings = new FigureReading[groups.size()];
    for (int i = 0; i < groups.size(); i++) {
      unitKeys[i] = FigureReading.unitKey(groups.member(i).item());
      readings[i] = FigureReading.of(groups.member(i).item());
    }
    // Equal amounts first, over all figures, then any amount: a figure must not be taken by a
    // differing one before its equal counterpart has had its turn.
    linkResidualFigures(groups, unitKeys, readings, true);
    linkResidualFigures(groups, unitKeys, readings, false);
  }

  private void linkResidualFigures(
      Groups<Figure> groups, String[] unitKeys, FigureReading[] readings, boolean equalOnly) {
    for (int i = 0; i < groups.size(); i++) {
      BitSet mine = versionsOfGroup.get(groups.groupId(i));
      if (mine.cardinality() == index.size()) {
        continue; // every version carries it: every other group shares a version with it
      }
      boolean single = mine.cardinality() == 1;
      var a = groups.member(i);
      Map<Integer, Double> bestByGroup = new HashMap<>();
      Map<Integer, Integer> memberByGroup = new HashMap<>();
      for (int j = 0; j < groups.size(); j++) {
        var b = groups.member(j);
        if (a.version() == b.version()
            || groups.sameGroup(i, j)
            || (mine.intersects(versionsOfGroup.get(groups.groupId(j)))
                && !sameOnSight(equalOnly, unitKeys[i], readings[i], unitKeys[j], readings[j]))
            || ((equalOnly || !single) && !sameAmount(a.item(), b.item()))
            || !SameFigureFact.sameThing(a.item(), unitKeys[i], b.item(), unitKeys[j])
            || (sameAmount(a.item(), b.item())
                ? SameFigureFact.apartDespiteEqualValue(
                    a.item(), measures.get(i), b.item(), measures.get(j))
                : farApartInStoriesWrittenApart(a, b) || !sameMeasure(i, j, groups))
            || (!equalOnly
                && !sameFact.sameSources(
                    sourcesByGroup.get(groups.groupId(i)),
                    sourcesByGroup.get(groups.groupId(j))))) {
          continue;
        }
        double overlap =
            index.wordOverlapBesideNumbers(
                new SentenceRef(a.version(), a.item().sentence()),
                new SentenceRef(b.version(), b.item().sentence()));
        int group = groups.groupId(j);
        if (overlap > bestByGroup.getOrDefault(group, -1.0)) {
          bestByGroup.put(group, overlap);
          memberByGroup.put(group, j);
        }
      }
      Integer chosen = choose(groups, i, unitKeys, bestByGroup, memberByGroup);
      if (chosen != null) {
        int j = memberByGroup.get(chosen);
        join(groups, i, j, sameAmount(groups.member(i).item(), groups.member(j).item()));
      }
    }
  }

  /** The group member {@code i} pairs with among the candidates, or null (see above). */
  private Integer choose(
      Groups<Figure> groups,
      int i,
      String[] unitKeys,
      Map<Integer, Double> bestByGroup,
      Map<Integer, Integer> memberByGroup) {
    Figure a = groups.member(i).item();
    Integer chosen = null;
    boolean chosenSame = false;
    for (var e : new java.util.TreeMap<>(bestByGroup).entrySet()) {
      int j = memberByGroup.get(e.getKey());
      boolean same = sameAmount(a, groups.member(j).item());
      boolean unitSays = (unitKeys[i] == null) == (unitKeys[j] == null);
      // One compatible quantity this version lacks, counted alike: little shared wording is
      // enough. Several, or a count against a bare number: the sentences must clearly say the
      // same thing. A date or time is paired only with one in a sentence that clearly says so.
      double needed =
          bestByGroup.size() == 1 && a.isQuantity() && unitSays
              ? UNIQUE_RESIDUAL_OVERLAP
              : RESIDUAL_SENTENCE_OVERLAP;
      if (same && a.isQuantity() && unitKeys[i] != null && unitKeys[j] != null) {
        // "7" and "7", or "three" (of a scraped "three - story") and "three entrances": a bare
        // number says too little to pair on
        needed = UNIQUE_RESIDUAL_OVERLAP;
      }
      if (!same && (measures.get(i).outcome() == null || measures.get(j).outcome() == null)) {
        // Differing counts of a bare noun ("30 youths", "about 100 youths") are one fact only
        // where the sentences clearly say the same thing: the noun alone does not tell whose.
        needed = RESIDUAL_SENTENCE_OVERLAP;
      }
      if (a.isVague()) {
        needed = RESIDUAL_SENTENCE_OVERLAP;
      }
      if (SameFigureFact.sameNamedHolder(measures.get(i), measures.get(j))) {
        needed = UNIQUE_RESIDUAL_OVERLAP; // one person's age, one player's points: the name says
      }
      if (e.getValue() < needed || (chosenSame && !same)) {
        continue;
      }
      if (chosen == null || (same && !chosenSame) || e.getValue() > bestByGroup.get(chosen)) {
        chosen = e.getKey();
        chosenSame = same;
      }
    }
    return chosen;
  }

  /**
   * Values more than twice apart ({@link FindingConfidence#tooFarApart}) in two versions written
   * apart ({@link StoryIndex#areRewrites}) and sentences not aligned: there they are counts of two
   * things that share a unit (a round's punches and the fight's) far more often than one count
   * revised, so they are not paired. Rewrites of one wire split and merge sentences, and there the
   * measure decides.
   */
  private boolean farApartInStoriesWrittenApart(Groups.Member<Figure> a, Groups.Member<Figure> b) {
    return !index.areRewrites(a.version(), b.version())
        && FindingConfidence.tooFarApart(a.item(), b.item()) != null;
  }

  /**
   * Whether two figures may join groups that share a version: in the pass over equal amounts, two
   * figures written alike (the same reading, hedge included) and both counting something. Such a
   * join changes no finding (the same value everywhere), so one fact told twice in a version ("the
   * 16-year-old" in two paragraphs) can still be one group with the other versions' telling; a
   * hedged and a plain figure ("at least one bomb", "one bomb") stay apart there, since a
   * refinement asserted between them needs the pairing to be certain.
   */
  private static boolean sameOnSight(
      boolean equalOnly,
      String unitKeyA,
      FigureReading readingA,
      String unitKeyB,
      FigureReading readingB) {
    return equalOnly && unitKeyA != null && unitKeyB != null && readingA.equals(readingB);
  }

  /** Whether members {@code i} and {@code j}, of one value and unit, are one fact on sight. */
  private boolean equalValueJoins(Groups<Figure> groups, int i, int j) {
    FigureMeasure mi = measures.get(i);
    FigureMeasure mj = measures.get(j);
    Figure a = groups.member(i).item();
    return !SameFigureFact.apartDespiteEqualValue(a, mi, groups.member(j).item(), mj)
        && (!"age".equals(a.unit()) || SameFigureFact.sameNamedHolder(mi, mj));
  }

  /** Whether members {@code i} and {@code j}, of differing values, measure the same thing. */
  private boolean sameMeasure(int i, int j, Groups<Figure> groups) {
    var a = groups.member(i);
    var b = groups.member(j);
    return SameFigureFact.disagreement(
            index, a.version(), a.item(), measures.get(i), b.version(), b.item(), measures.get(j))
        == null;
  }

  private static boolean sameAmount(Figure a, Figure b) {
    return Objects.equals(a.value(), b.value())
        && Objects.equals(a.valueMin(), b.valueMin())
        && Objects.equals(a.valueMax(), b.valueMax())
        && Objects.equals(a.date(), b.date())
        && Objects.equals(a.time(), b.time());
  }

  /** Pairs figures of two aligned sentences: equal quantities first, then same units in order. */
  private void pairFigures(Groups<Figure> groups, List<Integer> left, List<Integer> right) {
    List<Integer> freeRight = new ArrayList<>(right);
    List<Integer> unpaired = new ArrayList<>();
    for (int l : left) {
      Integer match = null;
      for (int r : freeRight) {
        if (sameUnit(groups.member(l).item(), groups.member(r).item())
            && FigureReading.of(groups.member(l).item())
                .agreesWith(FigureReading.of(groups.member(r).item()))
            // aligned sentences outweigh a measure read apart, but not two persons' ages
            && !SameFigureFact.agesOfTwoPersons(
                groups.member(l).item(), measures.get(l), groups.member(r).item(), measures.get(r))
            && join(groups, l, r, sameAmount(groups.member(l).item(), groups.member(r).item()))) {
          match = r;
          break;
        }
      }
      if (match != null) {
        freeRight.remove(match);
      } else {
        unpaired.add(l);
      }
    }
    for (int l : unpaired) {
      for (int r : freeRight) {
        if (sameUnit(groups.member(l).item(), groups.member(r).item())
            && sameMeasure(l, r, groups)
            && join(groups, l, r, false)) {
          freeRight.remove(Integer.valueOf(r));
          break;
        }
      }
    }
  }

  private void findingsOf(Map<Integer, List<Figure>> group, List<Finding> out) {
    Figure first = group.values().iterator().next().get(0);
    if (group.size() == 1) {
      int v = group.keySet().iterator().next();
      if (first.isQuantity() && !anyOtherVersionHasValue(v, first)) {
        out.add(spanFinding(v, ChangeType.ADDED, first, List.of(), FigureDetail.added(first)));
      }
      return;
    }
    Map<Integer, FigureReading> written = new HashMap<>();
    group.forEach((v, figures) -> written.put(v, FigureReading.of(figures.get(0))));
    Map<Integer, FigureReading> readings = FigureReading.merged(written);
    for (int v : Consensus.dissenters(readings)) {
      Figure mine = group.get(v).get(0);
      List<Figure> differing = new ArrayList<>();
      List<Evidence> others = new ArrayList<>();
      group.forEach(
          (w, figures) -> {
            if (!readings.get(w).equals(readings.get(v))) {
              differing.add(figures.get(0));
              others.add(evidence(w, figures.get(0)));
            }
          });
      String measure = FigureMeasure.of(index.version(v), mine).label(mine);
      out.add(
          spanFinding(
              v, ChangeType.CHANGED, mine, others, FigureDetail.changed(mine, measure, differing)));
    }
    omissions(group, first, out);
  }

  private void omissions(Map<Integer, List<Figure>> group, Figure first, List<Finding> out) {
    if (!first.isQuantity() || !Consensus.mostOthersCarry(group.size(), index.size())) {
      return;
    }
    for (int u = 0; u < index.size(); u++) {
      if (!group.containsKey(u) && !versionHasValue(u, first)) {
        List<Evidence> others = new ArrayList<>();
        group.forEach((w, figures) -> others.add(evidence(w, figures.get(0))));
        out.add(
            new Finding(
                storyId,
                index.version(u).id(),
                index.version(u).article().source(),
                ChangeType.OMITTED,
                FactKind.FIGURE,
                null,
                null,
                null,
                others,
                FigureDetail.omitted(first, group.size(), index.size() - 1)));
      }
    }
  }

  /**
   * A version that mentions the same number at all, even under another unit label, probably carries
   * the fact: unit extraction is the weakest link, so it must not create false alarms.
   */
  private boolean versionHasValue(int v, Figure figure) {
    return index.version(v).facts().stream()
        .anyMatch(f -> f instanceof Figure g && g.isQuantity() && sameAmount(g, figure));
  }

  private boolean anyOtherVersionHasValue(int v, Figure figure) {
    for (int w = 0; w < index.size(); w++) {
      if (w != v && versionHasValue(w, figure)) {
        return true;
      }
    }
    return false;
  }

  private Finding spanFinding(
      int v, ChangeType change, Figure f, List<Evidence> others, String detail) {
    var article = index.version(v).article();
    return new Finding(
        storyId,
        article.id(),
        article.source(),
        change,
        FactKind.FIGURE,
        f.start(),
        f.end(),
        f.text(),
        others,
        detail);
  }

  private Evidence evidence(int v, Figure f) {
    return new Evidence(index.version(v).id(), f.start(), f.end(), f.text());
  }

  private static boolean sameUnit(Figure a, Figure b) {
    return Objects.equals(FigureReading.unitKey(a), FigureReading.unitKey(b));
  }
}
