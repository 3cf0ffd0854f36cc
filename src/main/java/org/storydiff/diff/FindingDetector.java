package org.storydiff.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Fact;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactState;
import org.storydiff.model.Finding;
import org.storydiff.model.LanguageGroups;
import org.storydiff.model.SentenceKind;

/**
 * Turns one story's versions and their sentence alignments into the contract's findings: figures,
 * quotes and statements that a version added, changed or omitted. Output is sorted (article, then
 * position, then change and kind) so it does not depend on input order; each finding names the
 * group of facts it is about and carries its confidence ({@link FindingConfidence}). Stateless,
 * thread-safe.
 */
public final class FindingDetector {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::articleId)
          .thenComparing(Finding::start, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Finding::change)
          .thenComparing(Finding::kind)
          .thenComparing(Finding::detail, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Findings for a story; versions may come in any order, a single version gives none. */
  public List<Finding> find(
      String storyId, List<AnalyzedArticle> versions, List<Alignment> alignments) {
    return diff(storyId, versions, alignments).findings();
  }

  /**
   * The story's fact groups (figures, then quotes, then statements, each in the order of their
   * first member) and its findings, each naming its group. A single version gives neither. Versions
   * are compared with versions of their own language only ({@link LanguageGroups}); a story in
   * several languages lists each language's groups in turn (a version alone in its language has
   * each body fact as a group of its own), and its tolls are compared across the languages ({@link
   * CrossLanguageFigures}).
   */
  public StoryDiff diff(
      String storyId, List<AnalyzedArticle> versions, List<Alignment> alignments) {
    List<List<AnalyzedArticle>> languages = LanguageGroups.of(versions);
    if (languages.size() == 1) {
      return diffOneLanguage(storyId, versions, alignments);
    }
    List<AnalyzedArticle> sorted =
        versions.stream().sorted(Comparator.comparing(AnalyzedArticle::id)).toList();
    List<Finding> findings = new ArrayList<>();
    List<FactGroup> groups = new ArrayList<>();
    for (List<AnalyzedArticle> language : languages) {
      Set<String> ids = language.stream().map(AnalyzedArticle::id).collect(Collectors.toSet());
      List<Alignment> within =
          alignments.stream()
              .filter(a -> ids.contains(a.articleA()) && ids.contains(a.articleB()))
              .toList();
      StoryDiff one =
          language.size() > 1
              ? diffOneLanguage(storyId, language, within)
              : new StoryDiff(List.of(), factsAlone(storyId, language.get(0)));
      findings.addAll(one.findings());
      one.groups().forEach(g -> groups.add(withEveryVersion(g, sorted)));
    }
    StoryDiff all = CrossLanguageFigures.apply(storyId, sorted, new StoryDiff(findings, groups));
    List<Finding> ordered = new ArrayList<>(all.findings());
    ordered.sort(ORDER);
    return new StoryDiff(ordered, all.groups());
  }

  /**
   * The body facts of a version alone in its language, each a group of its own: compared with
   * nothing, but facts of the story's comparison all the same (and its tolls may meet other
   * languages' in {@link CrossLanguageFigures}).
   */
  private static List<FactGroup> factsAlone(String storyId, AnalyzedArticle version) {
    List<FactGroup> groups = new ArrayList<>();
    for (Fact f : version.facts()) {
      if (version.sentences().get(f.sentence()).kind() == SentenceKind.BODY) {
        groups.add(
            new FactGroup(
                storyId,
                FactGroup.idOf(storyId, f.factId()),
                f.kind().findingKind(),
                List.of(new FactGroup.Member(version.id(), f.factId(), f.sentence())),
                List.of(new FactGroup.VersionState(version.id(), FactState.PRESENT))));
      }
    }
    return groups;
  }

  /** The group with a state for every version: absent in the versions of other languages. */
  private static FactGroup withEveryVersion(FactGroup g, List<AnalyzedArticle> sorted) {
    List<FactGroup.VersionState> states = new ArrayList<>(sorted.size());
    for (AnalyzedArticle v : sorted) {
      states.add(new FactGroup.VersionState(v.id(), g.stateOf(v.id())));
    }
    return new FactGroup(g.storyId(), g.groupId(), g.kind(), g.members(), states);
  }

  private StoryDiff diffOneLanguage(
      String storyId, List<AnalyzedArticle> versions, List<Alignment> alignments) {
    if (versions.size() < 2) {
      return new StoryDiff(List.of(), List.of());
    }
    List<AnalyzedArticle> sorted =
        versions.stream().sorted(Comparator.comparing(AnalyzedArticle::id)).toList();
    StoryIndex index = new StoryIndex(sorted, alignments);
    GroupRecorder recorder = new GroupRecorder(index, storyId);
    new FigureFindings(index, storyId).find(recorder);
    new QuoteFindings(index, storyId).find(recorder);
    new StatementFindings(index, storyId).find(recorder);
    List<Finding> findings = new ArrayList<>(FindingConfidence.assess(index, recorder.findings()));
    findings.sort(ORDER);
    return new StoryDiff(findings, recorder.groups());
  }
}
