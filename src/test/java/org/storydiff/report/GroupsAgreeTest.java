package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storydiff.bench.CorpusConfig;
import org.storydiff.bench.GeneratedArticle;
import org.storydiff.bench.SyntheticCorpus;
import org.storydiff.eval.ArticleFiles;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Evidence;
import org.storydiff.model.Fact;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactKind;
import org.storydiff.model.FactState;
import org.storydiff.model.Finding;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.StoryResult;
import org.storydiff.pipeline.ArticleAnalyzer;
import org.storydiff.pipeline.StoryPipeline;
import org.storydiff.report.CoverageViews.CellState;
import org.storydiff.report.CoverageViews.MatrixCell;
import org.storydiff.report.CoverageViews.MatrixRow;
import org.storydiff.report.CoverageViews.Section;

/**
 * The diff's fact groups are the one answer to "the same fact across versions": for every story of
 * sample-data and of a small generated corpus, each finding's own fact and every counterpart it
 * names lie in its group, each version's state in the group is what the findings say, the datasets
 * carry the same group ids, and the story page has one matrix row per group whose cells show those
 * states, so the report and {@code changes/} cannot disagree.
 */
class GroupsAgreeTest {

  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();
  private static final StoryPipeline PIPELINE = new StoryPipeline();

  static Stream<StoryResult> sampleDataStories() throws Exception {
    Map<String, Article> articles = ArticleFiles.read(List.of(Path.of("sample-data")));
    JsonNode stories =
        new ObjectMapper().readTree(Path.of("sample-data/_planted.json").toFile()).get("stories");
    List<StoryResult> out = new ArrayList<>();
    stories
        .fields()
        .forEachRemaining(
            e -> {
              List<AnalyzedArticle> versions = new ArrayList<>();
              e.getValue().forEach(id -> versions.add(ANALYZER.analyze(articles.get(id.asText()))));
              out.add(PIPELINE.process(e.getKey(), versions));
            });
    assertThat(out.stream().filter(s -> !s.groups().isEmpty())).hasSizeGreaterThanOrEqualTo(5);
    return out.stream();
  }

  static Stream<StoryResult> generatedStories() {
    SyntheticCorpus corpus = new SyntheticCorpus(CorpusConfig.of(13, 160));
    List<StoryResult> out = new ArrayList<>();
    for (int s = 0; s < corpus.stories(); s++) {
      List<AnalyzedArticle> versions =
          corpus.story(s).stream().map(GeneratedArticle::article).map(ANALYZER::analyze).toList();
      if (versions.size() > 1) {
        out.add(PIPELINE.process("gen-" + s, versions));
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(24);
    return out.stream();
  }

  @ParameterizedTest(name = "sample-data {0}")
  @MethodSource("sampleDataStories")
  void sampleDataFindingsReportAndDatasetsAgreeOnGroups(StoryResult story) {
    assertGroupsAgree(story);
  }

  @ParameterizedTest(name = "generated {0}")
  @MethodSource("generatedStories")
  void generatedFindingsReportAndDatasetsAgreeOnGroups(StoryResult story) {
    assertGroupsAgree(story);
  }

  private static void assertGroupsAgree(StoryResult story) {
    Map<String, FactGroup> byId = new HashMap<>();
    story
        .groups()
        .forEach(
            g -> assertThat(byId.put(g.groupId(), g)).as("unique id %s", g.groupId()).isNull());
    everyComparedFactIsInOneGroup(story);
    story.findings().forEach(f -> findingLiesInItsGroup(story, f, byId.get(f.groupId())));
    story.groups().forEach(g -> statesAreWhatTheFindingsSay(story, g));
    datasetsCarryTheGroups(story);
    matrixHasOneRowPerGroupShowingItsStates(story);
  }

  private static void everyComparedFactIsInOneGroup(StoryResult story) {
    Map<String, Integer> memberships = new HashMap<>();
    story
        .groups()
        .forEach(g -> g.members().forEach(m -> memberships.merge(m.id(), 1, Integer::sum)));
    assertThat(memberships.values()).allMatch(n -> n == 1);
    for (AnalyzedArticle v : story.versions()) {
      boolean compared = story.isMultiVersion() && !story.notCompared().contains(v.id());
      for (Fact f : v.facts()) {
        boolean body = v.sentences().get(f.sentence()).kind() == SentenceKind.BODY;
        assertThat(memberships.containsKey(f.factId())).as(f.factId()).isEqualTo(compared && body);
      }
    }
  }

  private static void findingLiesInItsGroup(StoryResult story, Finding f, FactGroup group) {
    assertThat(group).as("group of %s", f).isNotNull();
    assertThat(group.kind()).isEqualTo(f.kind());
    Set<String> members = new HashSet<>();
    group.members().forEach(m -> members.add(m.id()));
    if (f.change() == ChangeType.OMITTED) {
      assertThat(group.membersOf(f.articleId())).as("omitter carries none of %s", f).isEmpty();
    } else {
      assertThat(members)
          .as("own fact of %s", f)
          .contains(memberAt(story, f.kind(), f.articleId(), f.start(), f.end()));
    }
    for (Evidence e : f.others()) {
      assertThat(members)
          .as("counterpart %s of %s", e, f)
          .contains(memberAt(story, f.kind(), e.articleId(), e.start(), e.end()));
    }
  }

  /** The fact (or for a statement, the sentence) of {@code articleId} with exactly this span. */
  private static String memberAt(
      StoryResult story, FactKind kind, String articleId, int start, int end) {
    AnalyzedArticle v = story.version(articleId);
    if (kind == FactKind.STATEMENT) {
      for (Sentence s : v.sentences()) {
        if (s.start() == start && s.end() == end) {
          return FactGroup.sentenceId(articleId, s.index());
        }
      }
    }
    return v.facts().stream()
        .filter(x -> x.kind().findingKind() == kind && x.start() == start && x.end() == end)
        .map(Fact::factId)
        .findFirst()
        .orElse("no " + kind + " at " + articleId + " " + start + ".." + end);
  }

  private static void statesAreWhatTheFindingsSay(StoryResult story, FactGroup g) {
    assertThat(g.states()).hasSize(story.versions().size() - story.notCompared().size());
    for (FactGroup.VersionState s : g.states()) {
      Set<ChangeType> changes = new HashSet<>();
      story.findings().stream()
          .filter(f -> g.groupId().equals(f.groupId()) && f.articleId().equals(s.articleId()))
          .forEach(f -> changes.add(f.change()));
      boolean carries = !g.membersOf(s.articleId()).isEmpty();
      assertThat(s.state().carries()).isEqualTo(carries);
      FactState expected =
          changes.contains(ChangeType.CHANGED)
              ? FactState.CHANGED
              : changes.contains(ChangeType.ADDED)
                  ? FactState.ADDED
                  : changes.contains(ChangeType.OMITTED)
                      ? FactState.OMITTED
                      : carries ? FactState.PRESENT : FactState.ABSENT;
      assertThat(s.state()).as("%s in %s", s.articleId(), g.groupId()).isEqualTo(expected);
    }
  }

  private static void datasetsCarryTheGroups(StoryResult story) {
    Map<String, String> groupOf = new HashMap<>();
    story.groups().forEach(g -> g.members().forEach(m -> groupOf.put(m.id(), g.groupId())));
    Set<String> ids = new HashSet<>();
    for (Object[] row : DatasetRows.facts(story)) {
      String factId = (String) row[2];
      String groupId = (String) row[21];
      assertThat(groupId)
          .isEqualTo(groupOf.getOrDefault(factId, FactGroup.idOf(story.storyId(), factId)));
      ids.add(groupId);
    }
    List<Object[]> changes = DatasetRows.changes(story);
    for (int i = 0; i < changes.size(); i++) {
      assertThat(changes.get(i)[10]).isEqualTo(story.findings().get(i).groupId()).isNotNull();
    }
  }

  private static void matrixHasOneRowPerGroupShowingItsStates(StoryResult story) {
    StoryPageView page = StoryPageModel.of(story);
    Map<String, List<List<String>>> rowsByKind = new TreeMap<>();
    for (Section section : page.coverage().sections()) {
      for (MatrixRow row : section.rows()) {
        rowsByKind
            .computeIfAbsent(row.kind(), k -> new ArrayList<>())
            .add(row.cells().stream().map(MatrixCell::state).toList());
      }
    }
    Map<String, List<List<String>>> groupsByKind = new TreeMap<>();
    for (FactGroup g : story.groups()) {
      boolean shown =
          g.kind() != FactKind.STATEMENT
              || g.states().stream()
                  .anyMatch(s -> s.state() == FactState.ADDED || s.state() == FactState.OMITTED);
      if (shown) {
        groupsByKind
            .computeIfAbsent(g.kind().wireName(), k -> new ArrayList<>())
            .add(
                page.columns().stream() // in column order: by language in a multilingual story
                    .map(c -> expectedCell(story, g, c.articleId()))
                    .toList());
      }
    }
    assertThat(rowsByKind.keySet()).isEqualTo(groupsByKind.keySet());
    rowsByKind.forEach(
        (kind, rows) ->
            assertThat(rows).containsExactlyInAnyOrderElementsOf(groupsByKind.get(kind)));
    long disputed =
        story.groups().stream()
            .filter(
                g ->
                    g.kind() == FactKind.FIGURE
                        && g.states().stream().anyMatch(s -> s.state() == FactState.CHANGED))
            .count();
    assertThat(page.conflicts()).hasSize((int) disputed);
    assertThat(page.quotes())
        .hasSize((int) story.groups().stream().filter(g -> g.kind() == FactKind.QUOTE).count());
  }

  /**
   * The group's state for a version, shown as such; in a story of several languages a version none
   * of whose language's versions carries the fact was not compared with it.
   */
  private static String expectedCell(StoryResult story, FactGroup g, String articleId) {
    FactState state = g.stateOf(articleId);
    Set<String> languages = new HashSet<>();
    story.versions().forEach(v -> languages.add(String.valueOf(v.article().language())));
    String language = String.valueOf(story.version(articleId).article().language());
    boolean sameLanguageCarries =
        g.members().stream()
            .anyMatch(
                m ->
                    language.equals(
                        String.valueOf(story.version(m.articleId()).article().language())));
    if (state == FactState.ABSENT && languages.size() > 1 && !sameLanguageCarries) {
      return "other-language";
    }
    return CellState.of(state).cssClass;
  }
}
