package org.storydiff.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storydiff.diff.StoryIndex.SentenceRef;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Evidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Figure;
import org.storydiff.model.Finding;

/**
 * Findings about figures. A figure is "the same quantity" in two versions when it sits in aligned
 * sentences with the same unit (paired one-to-one, equal values first), or anywhere in the story
 * with the same unit and value. Each group of same-quantity figures then yields added, changed or
 * omitted findings by the {@link Consensus} rules. Dates, times, weekdays and ordinals only ever
 * give {@code changed}: a date that one version mentions and another leaves out is nearly always
 * wording ("on Sunday"), while a date that differs is news.
 */
final class FigureFindings {

  /** Content overlap (numbers aside) two sentences need for their unmatched figures to pair. */
  static final double RESIDUAL_SENTENCE_OVERLAP = 0.4;

  /** The same when only one compatible quantity is unmatched: some shared topic words suffice. */
  static final double UNIQUE_RESIDUAL_OVERLAP = 0.15;

  private final StoryIndex index;
  private final String storyId;

  FigureFindings(StoryIndex index, String storyId) {
    this.index = index;
    this.storyId = storyId;
  }

  /** Groups the story's figures and records each group with its findings. */
  void find(GroupRecorder out) {
    Groups<Figure> groups = new Groups<>();
    Map<SentenceRef, List<Integer>> idsBySentence = new HashMap<>();
    Map<String, Integer> firstByQuantity = new HashMap<>();
    for (int v = 0; v < index.size(); v++) {
      for (var fact : index.version(v).facts()) {
        if (fact instanceof Figure f && index.isFindingFact(v, f)) {
          int id = groups.add(v, f);
          idsBySentence
              .computeIfAbsent(new SentenceRef(v, f.sentence()), k -> new ArrayList<>())
              .add(id);
          if (f.unit() != null) {
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
            Integer first = firstByQuantity.putIfAbsent(key, id);
            if (first != null) {
              groups.union(first, id);
            }
          }
        }
      }
    }
    linkAlignedSentences(groups, idsBySentence);
    linkResidualFigures(groups);
    for (Map<Integer, List<Figure>> group : groups.groups()) {
      List<Finding> findings = new ArrayList<>();
      findingsOf(group, findings);
      out.record(FactKind.FIGURE, Groups.members(group, (v, f) -> index.member(v, f)), findings);
    }
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
   * the units are compatible (equal, one missing, or one naming a part of the other: "people" and
   * "people missing") and the two sentences say mostly the same thing apart from their numbers. The
   * aligner is right to hold back on sentences whose numbers differ; this is where those
   * differences are found.
   */
  private void linkResidualFigures(Groups<Figure> groups) {
    // Per member and per group, computed once (and the groups' versions again only after a union):
    // a story of a thousand versions has thousands of figures, and this loop is over their pairs.
    String[] unitKeys = new String[groups.size()];
    for (int i = 0; i < groups.size(); i++) {
      unitKeys[i] = FigureReading.unitKey(groups.member(i).item());
    }
    Map<Integer, java.util.BitSet> versionsByGroup = groups.versionBitsByGroup();
    for (int i = 0; i < groups.size(); i++) {
      java.util.BitSet mine = versionsByGroup.get(groups.groupId(i));
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
            || mine.intersects(versionsByGroup.get(groups.groupId(j)))
            || (!single && !sameAmount(a.item(), b.item()))
            || !compatibleUnits(a.item(), unitKeys[i], b.item(), unitKeys[j])) {
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
      // One compatible quantity this version lacks: little shared wording is enough. Several: the
      // sentences must clearly say the same thing.
      // A date or time is paired only with one in a sentence that clearly says the same thing.
      double needed =
          bestByGroup.size() == 1 && a.item().isQuantity()
              ? UNIQUE_RESIDUAL_OVERLAP
              : RESIDUAL_SENTENCE_OVERLAP;
      Integer chosen = null;
      for (var e : new java.util.TreeMap<>(bestByGroup).entrySet()) {
        if (e.getValue() >= needed && (chosen == null || e.getValue() > bestByGroup.get(chosen))) {
          chosen = e.getKey();
        }
      }
      if (chosen != null) {
        groups.union(i, memberByGroup.get(chosen));
        versionsByGroup = groups.versionBitsByGroup();
      }
    }
  }

  static boolean compatibleUnits(Figure a, Figure b) {
    return compatibleUnits(a, FigureReading.unitKey(a), b, FigureReading.unitKey(b));
  }

  /** {@code ua} and {@code ub} are the figures' {@link FigureReading#unitKey}s. */
  private static boolean compatibleUnits(Figure a, String ua, Figure b, String ub) {
    if (isCalendar(a) || isCalendar(b)) {
      return Objects.equals(ua, ub);
    }
    if (ua == null || ub == null || ua.equals(ub)) {
      return true;
    }
    List<String> wa = List.of(ua.split(" "));
    List<String> wb = List.of(ub.split(" "));
    // "residents evacuated" and "people evacuated": the same outcome counted with another noun.
    boolean sameOutcome =
        wa.size() > 1 && wb.size() > 1 && wa.get(wa.size() - 1).equals(wb.get(wb.size() - 1));
    return sameOutcome || wa.containsAll(wb) || wb.containsAll(wa);
  }

  /** Figures that pair only with figures of exactly their unit: no amounts, and ages. */
  private static boolean isCalendar(Figure f) {
    return !f.isQuantity() || "age".equals(f.unit());
  }

  private static boolean sameAmount(Figure a, Figure b) {
    return Objects.equals(a.value(), b.value())
        && Objects.equals(a.valueMin(), b.valueMin())
        && Objects.equals(a.valueMax(), b.valueMax())
        && Objects.equals(a.date(), b.date())
        && Objects.equals(a.time(), b.time());
  }

  /** Pairs figures of two aligned sentences: equal quantities first, then same units in order. */
  private static void pairFigures(Groups<Figure> groups, List<Integer> left, List<Integer> right) {
    List<Integer> freeRight = new ArrayList<>(right);
    List<Integer> unpaired = new ArrayList<>();
    for (int l : left) {
      Integer match = null;
      for (int r : freeRight) {
        if (sameUnit(groups.member(l).item(), groups.member(r).item())
            && FigureReading.of(groups.member(l).item())
                .agreesWith(FigureReading.of(groups.member(r).item()))) {
          match = r;
          break;
        }
      }
      if (match != null) {
        groups.union(l, match);
        freeRight.remove(match);
      } else {
        unpaired.add(l);
      }
    }
    for (int l : unpaired) {
      for (int r : freeRight) {
        if (sameUnit(groups.member(l).item(), groups.member(r).item())) {
          groups.union(l, r);
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
      out.add(
          spanFinding(v, ChangeType.CHANGED, mine, others, FigureDetail.changed(mine, differing)));
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
