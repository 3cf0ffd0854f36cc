package org.storydiff.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connected components over int-indexed nodes (path halving, union by smallest index, so each
 * component's root is its smallest node). Not thread-safe; meant for the driver or one task.
 */
public final class UnionFind {

  private final int[] parent;

  /**
   * @param size number of nodes, indexed 0..size-1
   */
  public UnionFind(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /** The smallest node of {@code node}'s component. */
  public int find(int node) {
    int x = node;
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the components of {@code a} and {@code b}; true when they were apart. */
  public boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }

  /**
   * A spanning forest of the graph given by {@code edges}: pairs that join exactly the same nodes
   * into the same components, at most one fewer than the nodes they touch. Why: the clustering
   * graph is built in many tasks and its components are found in one place; each task first shrinks
   * its share of the edges to a forest, so what travels grows with the articles that have an edge,
   * not with the edges (dense stories have many more edges than articles).
   *
   * @param edges node pairs, flattened: {@code {a0, b0, a1, b1, ...}}, nodes ≥ 0
   * @return node pairs, flattened the same way: each non-root node with its component's smallest
   *     node
   */
  public static int[] forest(int[] edges) {
    if (edges.length % 2 != 0) {
      throw new IllegalArgumentException("edges must hold pairs, got " + edges.length + " ints");
    }
    int[] nodes = Arrays.stream(edges).sorted().distinct().toArray();
    UnionFind uf = new UnionFind(nodes.length);
    for (int i = 0; i < edges.length; i += 2) {
      uf.union(Arrays.binarySearch(nodes, edges[i]), Arrays.binarySearch(nodes, edges[i + 1]));
    }
    int[] out = new int[2 * nodes.length];
    int size = 0;
    for (int i = 0; i < nodes.length; i++) {
      int root = uf.find(i);
      if (root != i) {
        out[size++] = nodes[i];
        out[size++] = nodes[root];
      }
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * Components of the graph given by {@code edges} (each a two-element {@code {idA, idB}}): every
   * node that appears in an edge maps to its component's representative, the component's smallest
   * id. Nodes without edges do not appear; they are components of their own.
   */
  public static Map<String, String> components(Iterable<String[]> edges) {
    Map<String, Integer> index = new TreeMap<>();
    for (String[] e : edges) {
      requirePair(e);
      index.putIfAbsent(e[0], 0);
      index.putIfAbsent(e[1], 0);
    }
    String[] ids = index.keySet().toArray(new String[0]);
    for (int i = 0; i < ids.length; i++) {
      index.put(ids[i], i);
    }
    UnionFind uf = new UnionFind(ids.length);
    for (String[] e : edges) {
      uf.union(index.get(e[0]), index.get(e[1]));
    }
    Map<String, String> roots = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      roots.put(ids[i], ids[uf.find(i)]);
    }
    return roots;
  }

  private static void requirePair(String[] edge) {
    if (edge == null || edge.length != 2 || edge[0] == null || edge[1] == null) {
      throw new IllegalArgumentException("an edge must be a {idA, idB} pair of non-null ids");
    }
  }
}
