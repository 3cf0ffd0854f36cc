package org.storydiff.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storydiff.cluster.UnionFind;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Evidence;
import org.storydiff.model.Fact;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;

/**
 * The same figure, or the same quote, as each version carries it: the rows of the coverage matrix
 * and of the figure and quote tables. Only facts in body sentences take part, as for findings.
 *
 * <p>Two facts are one when they are the same by {@link SameFact}, or when a finding links them (a
 * changed fact and the counterparts its evidence names; the carriers an omission names). The
 * findings carry the pipeline's own judgement of what differs; equality only gathers the agreeing
 * facts that no finding mentions. Groups come in page order (the side-by-side row of their first
 * sentence). Thread-safe: stateless.
 */
final class FactGroups {

  /** A fact of version {@code version} (an index into the story's versions). */
  record Member(int version, Fact fact) {}

  /**
   * One fact across versions.
   *
   * @param members in version order, then body order
   * @param first the member that comes first on the page
   * @param omittedBy versions with an omission finding about this fact
   */
  record Group(FactKind kind, List<Member> members, Member first, Set<Integer> omittedBy) {

    Group {
      members = List.copyOf(members);
      omittedBy = Collections.unmodifiableSet(new TreeSet<>(omittedBy));
    }

    List<Fact> factsOf(int version) {
      return members.stream().filter(m -> m.version() == version).map(Member::fact).toList();
    }

    Set<Integer> versions() {
      Set<Integer> out = new TreeSet<>();
      members.forEach(m -> out.add(m.version()));
      return out;
    }
  }

  private FactGroups() {}

  static List<Group> of(PageContext page, FactKind kind) {
    List<Member> members = members(page, kind);
    List<List<String>> words = members.stream().map(m -> SameFact.quoteWords(m.fact())).toList();
    UnionFind sets = new UnionFind(members.size());
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        if (SameFact.equal(page, members.get(i), members.get(j), words.get(i), words.get(j))) {
          sets.union(i, j);
        }
      }
    }
    for (Finding f : page.findings().all(kind, ChangeType.CHANGED)) {
      int changed = memberAt(page, members, f.articleId(), f.start(), f.end());
      f.others().forEach(e -> union(sets, changed, memberAt(page, members, e)));
    }
    List<Finding> omissions = page.findings().all(kind, ChangeType.OMITTED);
    for (Finding f : omissions) {
      int first = f.others().isEmpty() ? -1 : memberAt(page, members, f.others().get(0));
      f.others().forEach(e -> union(sets, first, memberAt(page, members, e)));
    }
    joinRelabelledFigures(members, sets);
    return groups(page, kind, members, sets, omissions);
  }

  private static List<Group> groups(
      PageContext page, FactKind kind, List<Member> members, UnionFind sets, List<Finding> omissions) {
    Map<Integer, List<Member>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      byRoot.computeIfAbsent(sets.find(i), r -> new ArrayList<>()).add(members.get(i));
    }
    Map<Integer, Set<Integer>> omittedBy = new LinkedHashMap<>();
    for (Finding f : omissions) {
      int omitter = page.versionOf(f.articleId());
      f.others().stream()
          .mapToInt(e -> memberAt(page, members, e))
          .filter(m -> m >= 0 && omitter >= 0)
          .findFirst()
          .ifPresent(m -> omittedBy.computeIfAbsent(sets.find(m), r -> new TreeSet<>()).add(omitter));
    }
    Comparator<Member> onPage =
        Comparator.comparingInt((Member m) -> page.rowOf(m.version(), m.fact().sentence()))
            .thenComparingInt(Member::version)
            .thenComparingInt(m -> m.fact().start());
    List<Group> out = new ArrayList<>();
    byRoot.forEach(
        (root, list) ->
            out.add(
                new Group(kind, list, list.stream().min(onPage).orElseThrow(), omittedBy.getOrDefault(root, Set.of()))));
    out.sort(Comparator.comparing(Group::first, onPage));
    return out;
  }

  private static List<Member> members(PageContext page, FactKind kind) {
    List<Member> out = new ArrayList<>();
    for (int v = 0; v < page.versions().size(); v++) {
      int index = v;
      var version = page.version(v);
      version.facts().stream()
          .filter(f -> f.kind().findingKind() == kind && inBody(version.sentences(), f.sentence()))
          .sorted(Comparator.comparingInt(Fact::start))
          .forEach(f -> out.add(new Member(index, f)));
    }
    return out;
  }

  private static boolean inBody(List<Sentence> sentences, int index) {
    return index >= 0 && index < sentences.size() && sentences.get(index).kind() == SentenceKind.BODY;
  }

  /**
   * Last, a figure some versions count under one label and the others under another ("people
   * wounded" and "wounded", same reading) is one figure: the versions are disjoint, so no version
   * would be left out. Without this the matrix would show each label as absent from the others.
   */
  private static void joinRelabelledFigures(List<Member> members, UnionFind sets) {
    Map<Integer, Set<Integer>> versionsByRoot = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      versionsByRoot.computeIfAbsent(sets.find(i), r -> new TreeSet<>()).add(members.get(i).version());
    }
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        int ri = sets.find(i);
        int rj = sets.find(j);
        if (ri != rj
            && Collections.disjoint(versionsByRoot.get(ri), versionsByRoot.get(rj))
            && SameFact.sameReadingOtherLabel(members.get(i).fact(), members.get(j).fact())) {
          sets.union(ri, rj);
          Set<Integer> joined = new TreeSet<>(versionsByRoot.remove(ri));
          joined.addAll(versionsByRoot.remove(rj));
          versionsByRoot.put(sets.find(ri), joined);
        }
      }
    }
  }

  private static void union(UnionFind sets, int a, int b) {
    if (a >= 0 && b >= 0) {
      sets.union(a, b);
    }
  }

  private static int memberAt(PageContext page, List<Member> members, Evidence e) {
    return memberAt(page, members, e.articleId(), e.start(), e.end());
  }

  /** The member of {@code articleId} that overlaps {@code [start, end)} most, or -1. */
  private static int memberAt(PageContext page, List<Member> members, String articleId, Integer start, Integer end) {
    int version = page.versionOf(articleId);
    if (start == null || end == null || version < 0) {
      return -1;
    }
    int best = -1;
    int bestOverlap = -1;
    for (int i = 0; i < members.size(); i++) {
      Fact f = members.get(i).fact();
      int overlap = Math.min(end, f.end()) - Math.max(start, f.start());
      boolean touches = overlap > 0 || (f.start() == start && f.end() == end);
      if (members.get(i).version() == version && touches && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    return best;
  }
}
