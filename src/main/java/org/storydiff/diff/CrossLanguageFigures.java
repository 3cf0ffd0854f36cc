package org.storydiff.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.Evidence;
import org.storydiff.model.Fact;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactKind;
import org.storydiff.model.FactState;
import org.storydiff.model.Figure;
import org.storydiff.model.Finding;
import org.storydiff.model.LanguageGroups;
import org.storydiff.model.SentenceKind;

/**
 * Tolls compared across the languages of one story: a French version's "15 morts" against English
 * versions' "12 killed" is a real conflict an editor must see, though no sentence of the two
 * aligns. Only what can be paired without reading the sentence around the figure is compared: a
 * count whose outcome both versions read (killed, injured, missing, …; in German, French and
 * Spanish from the unit alone, "Tote", "blessés", "heridos"), the whole of it (not "another 3", not
 * "each"), and only where each version gives that outcome one reading (a version with two death
 * tolls, of two days or two places, takes no part) and each language's diff put its versions' tolls
 * in one group.
 *
 * <p>Those groups become one group across the languages: the toll is one fact. A version is
 * reported when the versions of other languages, by a majority, give a value its own cannot be (12
 * and "at least 10" are consistent; 12 and 15 are not), and most other versions do not side with
 * it, unless its own language already reports that figure changed. Such a row is {@code changed} at
 * medium confidence: its pairing rests on the outcome and the story alone. Stateless.
 */
final class CrossLanguageFigures {

  static final String REASON =
      "compared across languages, where a toll is paired by its outcome alone";

  private CrossLanguageFigures() {}

  /** One version's single reading of one outcome: every figure saying it, and the first of them. */
  private record Toll(
      AnalyzedArticle version, String language, List<Figure> figures, String reading) {
    Figure first() {
      return figures.get(0);
    }
  }

  /**
   * The story's diff with its tolls compared across languages.
   *
   * @param versions the story's compared versions, id-sorted, in two or more languages
   * @param withinLanguages the per-language diffs joined: every body fact in a group whose states
   *     cover every version
   */
  static StoryDiff apply(
      String storyId, List<AnalyzedArticle> versions, StoryDiff withinLanguages) {
    Map<String, FactGroup> groupOfFact = new HashMap<>();
    for (FactGroup g : withinLanguages.groups()) {
      g.members().forEach(m -> groupOfFact.put(m.id(), g));
    }
    Set<String> changedAlready = new HashSet<>();
    for (Finding f : withinLanguages.findings()) {
      if (f.change() == ChangeType.CHANGED && f.kind() == FactKind.FIGURE) {
        changedAlready.add(f.groupId() + "@" + f.articleId());
      }
    }
    Map<String, List<Toll>> byOutcome = new TreeMap<>();
    for (AnalyzedArticle v : versions) {
      tollsOf(v)
          .forEach(
              (outcome, toll) ->
                  byOutcome.computeIfAbsent(outcome, k -> new ArrayList<>()).add(toll));
    }
    List<Finding> findings = new ArrayList<>(withinLanguages.findings());
    Map<String, String> renamed = new HashMap<>();
    Map<String, FactGroup> merged = new HashMap<>();
    for (Map.Entry<String, List<Toll>> entry : byOutcome.entrySet()) {
      String outcome = entry.getKey();
      List<Toll> tolls = entry.getValue();
      Set<FactGroup> groups = groupsOf(tolls, groupOfFact);
      if (groups == null || groups.stream().anyMatch(g -> renamed.containsKey(g.groupId()))) {
        continue; // not one group per language, or a group another outcome took already
      }
      FactGroup one = merge(storyId, groups);
      List<Finding> rows = new ArrayList<>();
      for (Toll mine : tolls) {
        if (!changedAlready.contains(
            groupOfFact.get(mine.first().factId()).groupId() + "@" + mine.version().id())) {
          Finding row = conflict(storyId, outcome, mine, tolls, one.groupId());
          if (row != null) {
            rows.add(row);
          }
        }
      }
      findings.addAll(rows);
      groups.forEach(g -> renamed.put(g.groupId(), one.groupId()));
      merged.put(one.groupId(), withChanged(one, rows));
    }
    if (renamed.isEmpty()) {
      return withinLanguages;
    }
    List<FactGroup> groups = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (FactGroup g : withinLanguages.groups()) {
      String id = renamed.getOrDefault(g.groupId(), g.groupId());
      if (placed.add(id)) {
        groups.add(renamed.containsKey(g.groupId()) ? merged.get(id) : g);
      }
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String id = renamed.get(f.groupId());
      out.add(id == null ? f : f.withGroupId(id));
    }
    return new StoryDiff(out, groups);
  }

  /**
   * The groups holding these tolls' figures, when at least two languages give the toll and each
   * language's figures are in one group; null otherwise.
   */
  private static Set<FactGroup> groupsOf(List<Toll> tolls, Map<String, FactGroup> groupOfFact) {
    Map<String, FactGroup> byLanguage = new HashMap<>();
    Set<FactGroup> groups = new HashSet<>();
    for (Toll t : tolls) {
      for (Figure f : t.figures()) {
        FactGroup g = groupOfFact.get(f.factId());
        FactGroup seen = byLanguage.putIfAbsent(t.language(), g);
        if (g == null || (seen != null && seen != g)) {
          return null;
        }
        groups.add(g);
      }
    }
    return byLanguage.size() < 2 ? null : groups;
  }

  /** One group of the members and states of {@code groups} (states of one version each). */
  private static FactGroup merge(String storyId, Set<FactGroup> groups) {
    List<FactGroup.Member> members = new ArrayList<>();
    Map<String, FactState> states = new TreeMap<>();
    for (FactGroup g : groups) {
      members.addAll(g.members());
      for (FactGroup.VersionState s : g.states()) {
        if (s.state() != FactState.ABSENT || !states.containsKey(s.articleId())) {
          states.put(s.articleId(), s.state());
        }
      }
    }
    members.sort(
        Comparator.comparing(FactGroup.Member::articleId)
            .thenComparingInt(FactGroup.Member::sentence)
            .thenComparing(FactGroup.Member::id));
    String smallest =
        members.stream().map(FactGroup.Member::id).min(Comparator.naturalOrder()).orElseThrow();
    List<FactGroup.VersionState> versionStates = new ArrayList<>();
    states.forEach((id, state) -> versionStates.add(new FactGroup.VersionState(id, state)));
    return new FactGroup(
        storyId, FactGroup.idOf(storyId, smallest), FactKind.FIGURE, members, versionStates);
  }

  private static FactGroup withChanged(FactGroup g, List<Finding> rows) {
    if (rows.isEmpty()) {
      return g;
    }
    Set<String> changed = new HashSet<>();
    rows.forEach(f -> changed.add(f.articleId()));
    List<FactGroup.VersionState> states =
        g.states().stream()
            .map(
                s ->
                    changed.contains(s.articleId())
                        ? new FactGroup.VersionState(s.articleId(), FactState.CHANGED)
                        : s)
            .toList();
    return new FactGroup(g.storyId(), g.groupId(), g.kind(), g.members(), states);
  }

  private static Finding conflict(
      String storyId, String outcome, Toll mine, List<Toll> all, String groupId) {
    Map<String, List<Toll>> otherLanguages = new LinkedHashMap<>();
    int others = 0;
    int withMine = 0;
    for (Toll t : all) {
      if (t == mine) {
        continue;
      }
      others++;
      withMine += t.reading().equals(mine.reading()) ? 1 : 0;
      if (!t.language().equals(mine.language())) {
        otherLanguages.computeIfAbsent(t.reading(), k -> new ArrayList<>()).add(t);
      }
    }
    int otherLanguageCount = otherLanguages.values().stream().mapToInt(List::size).sum();
    List<Toll> majority =
        otherLanguages.values().stream()
            .filter(ts -> 2 * ts.size() > otherLanguageCount)
            .findFirst()
            .orElse(null);
    if (majority == null || 2 * withMine > others) {
      return null;
    }
    List<Figure> theirs = majority.stream().map(Toll::first).toList();
    if (!FigureDetail.contradicts(mine.first(), theirs.get(0))) {
      return null;
    }
    List<Evidence> evidence =
        majority.stream()
            .map(
                t ->
                    new Evidence(
                        t.version().id(), t.first().start(), t.first().end(), t.first().text()))
            .toList();
    TreeSet<String> languages = new TreeSet<>();
    majority.forEach(t -> languages.add(t.language()));
    Figure f = mine.first();
    return new Finding(
            storyId,
            mine.version().id(),
            mine.version().article().source(),
            ChangeType.CHANGED,
            FactKind.FIGURE,
            f.start(),
            f.end(),
            f.text(),
            evidence,
            FigureDetail.changed(f, outcome, theirs) + " in " + String.join(", ", languages),
            groupId)
        .withConfidence(Confidence.MEDIUM, REASON);
  }

  /** The version's tolls by outcome, leaving out outcomes it gives more than one reading of. */
  private static Map<String, Toll> tollsOf(AnalyzedArticle v) {
    String language = Objects.requireNonNullElse(LanguageGroups.codeOf(v.article().language()), "");
    Map<String, List<Figure>> figures = new TreeMap<>();
    Map<String, Set<String>> readings = new HashMap<>();
    for (Fact fact : v.facts()) {
      if (!(fact instanceof Figure f)
          || !f.isQuantity()
          || v.sentences().get(f.sentence()).kind() != SentenceKind.BODY) {
        continue;
      }
      FigureMeasure m = FigureMeasure.of(v, f);
      if (m.outcome() == null || m.scope() != FigureMeasure.Scope.WHOLE) {
        continue;
      }
      figures.computeIfAbsent(m.outcome(), k -> new ArrayList<>()).add(f);
      readings.computeIfAbsent(m.outcome(), k -> new HashSet<>()).add(FigureDetail.reading(f));
    }
    Map<String, Toll> out = new TreeMap<>();
    figures.forEach(
        (outcome, fs) -> {
          if (readings.get(outcome).size() == 1) {
            out.put(outcome, new Toll(v, language, fs, FigureDetail.reading(fs.get(0))));
          }
        });
    return out;
  }
}
