package org.storydiff.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.storydiff.model.FactGroup;

/**
 * Union-find over items of several versions that groups "the same fact as carried by each version".
 * Items are added in a deterministic order; groups keep that order.
 *
 * @param <T> the item type (a figure, quote or sentence reference of one version)
 */
final class Groups<T> {

  /** An item together with the version (index) carrying it. */
  record Member<T>(int version, T item) {}

  private final List<Member<T>> members = new ArrayList<>();

  /**
   * Each item's parent, in an int array: the figure rules ask for roots in loops over pairs of a
   * story's figures, and boxed parents made root() a quarter of that loop's time on real text.
   */
  private int[] parent = new int[16];

  int add(int version, T item) {
    int id = members.size();
    members.add(new Member<>(version, item));
    if (id == parent.length) {
      parent = java.util.Arrays.copyOf(parent, id * 2);
    }
    parent[id] = id;
    return id;
  }

  Member<T> member(int id) {
    return members.get(id);
  }

  int size() {
    return members.size();
  }

  void union(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra != rb) {
      // The smaller id stays root so the result does not depend on the order of unions.
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** An id shared by all members of one group (its root), valid until the next union. */
  int groupId(int id) {
    return root(id);
  }

  boolean sameGroup(int a, int b) {
    return root(a) == root(b);
  }

  /**
   * For each group id, the versions carrying a member of it as a bit set; valid until the next
   * union.
   */
  Map<Integer, java.util.BitSet> versionBitsByGroup() {
    Map<Integer, java.util.BitSet> out = new java.util.HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      out.computeIfAbsent(root(i), r -> new java.util.BitSet()).set(members.get(i).version());
    }
    return out;
  }

  /** For each group id, the versions carrying a member of it; valid until the next union. */
  Map<Integer, java.util.Set<Integer>> versionsByGroup() {
    Map<Integer, java.util.Set<Integer>> out = new java.util.HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      out.computeIfAbsent(root(i), r -> new java.util.TreeSet<>()).add(members.get(i).version());
    }
    return out;
  }

  /** The groups, each a map from version index to that version's members in insertion order. */
  List<Map<Integer, List<T>>> groups() {
    Map<Integer, Map<Integer, List<T>>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      byRoot
          .computeIfAbsent(root(i), r -> new TreeMap<>())
          .computeIfAbsent(m.version(), v -> new ArrayList<>())
          .add(m.item());
    }
    return new ArrayList<>(byRoot.values());
  }

  /** A group's members as {@link Member}s of the model, each version's in insertion order. */
  static <T> Map<Integer, List<FactGroup.Member>> members(
      Map<Integer, List<T>> group, BiFunction<Integer, T, FactGroup.Member> of) {
    Map<Integer, List<FactGroup.Member>> out = new TreeMap<>();
    group.forEach((v, items) -> out.put(v, items.stream().map(item -> of.apply(v, item)).toList()));
    return out;
  }

  private int root(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
