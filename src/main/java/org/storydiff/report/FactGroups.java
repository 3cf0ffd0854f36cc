package org.storydiff.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.storydiff.cluster.UnionFind;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Evidence;
import org.storydiff.model.Fact;
import org.storydiff.model.FactKind;
import org.storydiff.model.Figure;
import org.storydiff.model.Finding;
import org.storydiff.model.Quote;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.text.Token;
import org.storydiff.text.Tokenizer;

/**
 * The same figure, or the same quote, as each version carries it: the rows of the coverage matrix
 * and of the figure and quote tables. Only facts in body sentences take part, as for findings.
 *
 * <p>Two facts are one when a finding links them (a changed fact and the counterparts its evidence
 * names; the carriers an omission names), or when they are equal: figures with the same unit and
 * value (without a unit, only in aligned sentences), quotes where one's words contain the other's
 * as a run of at least {@value #MIN_RUN_WORDS} words (trimmed and split quotes). The findings carry
 * the pipeline's own judgement of what differs; equality only gathers the agreeing facts that no
 * finding mentions. Groups come in page order (the side-by-side row of their first sentence).
 * Thread-safe: stateless.
 */
final class FactGroups {

  static final int MIN_RUN_WORDS = 3;

  /** A fact of version {@code version} (an index into the story's versions). */
  record Member(int version, Fact fact) {}

  /**
   * One fact across versions.
   *
   * @param members in version order, then body order
   * @param omittedBy versions with an omission finding about this fact
   */
  record Group(FactKind kind, List<Member> members, Set<Integer> omittedBy) {

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
    List<List<String>> words = members.stream().map(m -> quoteWords(m.fact())).toList();
    UnionFind sets = new UnionFind(members.size());
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        if (equal(page, members.get(i), members.get(j), words.get(i), words.get(j))) {
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
    List<Group> out = new ArrayList<>();
    byRoot.forEach((root, list) -> out.add(new Group(kind, list, omittedBy.getOrDefault(root, Set.of()))));
    Comparator<Member> onPage =
        Comparator.comparingInt((Member m) -> page.rowOf(m.version(), m.fact().sentence()))
            .thenComparingInt(Member::version)
            .thenComparingInt(m -> m.fact().start());
    out.sort(Comparator.comparing(g -> g.members().stream().min(onPage).orElseThrow(), onPage));
    return out;
  }

  private static List<Member> members(PageContext page, FactKind kind) {
    List<Member> out = new ArrayList<>();
    for (int v = 0; v < page.versions().size(); v++) {
      int index = v;
      var version = page.version(v);
      version.facts().stream()
          .filter(f -> f.kind() == kind && inBody(version.sentences(), f.sentence()))
          .sorted(Comparator.comparingInt(Fact::start))
          .forEach(f -> out.add(new Member(index, f)));
    }
    return out;
  }

  private static boolean inBody(List<Sentence> sentences, int index) {
    return index >= 0 && index < sentences.size() && sentences.get(index).kind() == SentenceKind.BODY;
  }

  private static boolean equal(PageContext page, Member a, Member b, List<String> wa, List<String> wb) {
    if (a.fact() instanceof Figure fa && b.fact() instanceof Figure fb) {
      boolean sameQuantity =
          fa.value() == fb.value() && Objects.equals(fa.valueMax(), fb.valueMax()) && Objects.equals(fa.unit(), fb.unit());
      return sameQuantity
          && (fa.unit() != null || page.aligned(a.version(), fa.sentence(), b.version(), fb.sentence()));
    }
    if (a.fact() instanceof Quote && b.fact() instanceof Quote) {
      List<String> shorter = wa.size() <= wb.size() ? wa : wb;
      List<String> longer = shorter == wa ? wb : wa;
      return shorter.equals(longer)
          || (shorter.size() >= MIN_RUN_WORDS && Collections.indexOfSubList(longer, shorter) >= 0);
    }
    return false;
  }

  /** A quote's words in comparison form (lower case, straight apostrophes, plain digits). */
  static List<String> quoteWords(Fact fact) {
    if (!(fact instanceof Quote q)) {
      return List.of();
    }
    return Tokenizer.INSTANCE.tokenize(q.quote()).stream()
        .filter(t -> t.isWord() || t.isNumber())
        .map(Token::norm)
        .toList();
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
