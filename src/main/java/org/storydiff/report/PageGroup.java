package org.storydiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Fact;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactKind;
import org.storydiff.report.CoverageViews.CellState;

/**
 * One of the diff's fact groups as a story page shows it: its facts per column and the member that
 * comes first on the page. The page decides nothing about sameness; it only looks the members up.
 *
 * @param facts for each column (version index), that version's members in body order
 * @param firstVersion the column of {@code first}, the member shown first on the page
 */
record PageGroup(FactGroup group, List<List<Fact>> facts, int firstVersion, Fact first) {

  PageGroup {
    facts = facts.stream().map(List::copyOf).toList();
  }

  /**
   * The story's groups of {@code kind} (figure or quote), in page order: by the side-by-side row of
   * their first member, then column, then offset.
   */
  static List<PageGroup> of(PageContext page, FactKind kind) {
    Map<String, Fact> factsById = new HashMap<>();
    for (AnalyzedArticle v : page.versions()) {
      v.facts().forEach(f -> factsById.put(f.factId(), f));
    }
    Comparator<Located> onPage =
        Comparator.comparingInt((Located l) -> page.rowOf(l.version(), l.fact().sentence()))
            .thenComparingInt(Located::version)
            .thenComparingInt(l -> l.fact().start());
    List<PageGroup> out = new ArrayList<>();
    for (FactGroup g : page.story().groups()) {
      if (g.kind() != kind) {
        continue;
      }
      List<List<Fact>> facts = new ArrayList<>();
      List<Located> located = new ArrayList<>();
      for (int v = 0; v < page.versions().size(); v++) {
        List<Fact> mine = new ArrayList<>();
        for (FactGroup.Member m : g.membersOf(page.version(v).id())) {
          Fact f = factsById.get(m.id());
          if (f != null) {
            mine.add(f);
            located.add(new Located(v, f));
          }
        }
        mine.sort(Comparator.comparingInt(Fact::start));
        facts.add(mine);
      }
      located.stream()
          .min(onPage)
          .ifPresent(first -> out.add(new PageGroup(g, facts, first.version(), first.fact())));
    }
    out.sort(Comparator.comparing(p -> new Located(p.firstVersion(), p.first()), onPage));
    return out;
  }

  private record Located(int version, Fact fact) {}

  FactKind kind() {
    return group.kind();
  }

  List<Fact> factsOf(int version) {
    return facts.get(version);
  }

  /** What column {@code version} does with the fact, as the diff's findings say. */
  CellState state(PageContext page, int version) {
    return page.state(group, version);
  }

  /** The detail line of the version's changed finding on this group, "" when there is none. */
  String changedDetail(PageContext page, int version) {
    return page.findings()
        .changed(group.groupId(), page.version(version).id())
        .map(f -> f.detail() == null ? "" : f.detail())
        .orElse("");
  }
}
