package org.storydiff.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.StoryResult;

/**
 * The rows of the side-by-side view: sentences connected through alignments (directly or through
 * other sentences) share one row; the rest stand alone in a row of their own.
 *
 * <p>Rows follow the first version's sentence order. A sentence of a later version whose group has
 * no row yet goes right after the row of that version's nearest preceding sentence; one that no
 * sentence of its version precedes goes just before the row of the version's next placed sentence,
 * or at the end. Each version thus reads in its own order wherever the versions agree. Alignments
 * naming an unknown article or sentence are ignored.
 *
 * @param rows in display order
 */
public record AlignedRows(List<Row> rows) {

  public AlignedRows {
    rows = List.copyOf(rows);
  }

  /**
   * One row.
   *
   * @param cells one per version, in the story's version order; each holds that version's sentence
   *     indexes in this row, ascending (often one, empty when the version has nothing here)
   * @param aligned true when the row joins sentences of at least two versions
   */
  public record Row(List<List<Integer>> cells, boolean aligned) {

    public Row {
      cells = cells.stream().map(List::copyOf).toList();
    }
  }

  public static AlignedRows of(StoryResult story) {
    return of(story.versions(), story.alignments());
  }

  /** The rows of versions in this column order. */
  static AlignedRows of(List<AnalyzedArticle> versions, List<Alignment> alignments) {
    return new Builder(versions, alignments).build();
  }

  /** Union-find over (version, sentence) nodes, then placement of the groups. */
  private static final class Builder {
    private final List<AnalyzedArticle> versions;
    private final int[] firstNode;
    private final int[] parent;

    Builder(List<AnalyzedArticle> versions, List<Alignment> alignments) {
      this.versions = versions;
      this.firstNode = new int[versions.size() + 1];
      for (int v = 0; v < versions.size(); v++) {
        firstNode[v + 1] = firstNode[v] + versions.get(v).sentences().size();
      }
      this.parent = new int[firstNode[versions.size()]];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      Map<String, Integer> versionIndex = new HashMap<>();
      for (int v = 0; v < versions.size(); v++) {
        versionIndex.put(versions.get(v).id(), v);
      }
      for (Alignment a : alignments) {
        int nodeA = node(versionIndex.get(a.articleA()), a.sentenceA());
        int nodeB = node(versionIndex.get(a.articleB()), a.sentenceB());
        if (nodeA >= 0 && nodeB >= 0) {
          parent[find(nodeA)] = find(nodeB);
        }
      }
    }

    AlignedRows build() {
      Map<Integer, Integer> groupSize = new HashMap<>();
      for (int n = 0; n < parent.length; n++) {
        groupSize.merge(find(n), 1, Integer::sum);
      }
      List<Integer> rowGroups = new ArrayList<>();
      Map<Integer, List<List<Integer>>> cellsByGroup = new HashMap<>();
      for (int v = 0; v < versions.size(); v++) {
        int afterRow = -1;
        for (int s = 0; s < versions.get(v).sentences().size(); s++) {
          int group = find(node(v, s));
          if (!cellsByGroup.containsKey(group)) {
            cellsByGroup.put(group, emptyCells());
            int at = afterRow >= 0 ? afterRow + 1 : beforeNextPlaced(v, s, rowGroups, cellsByGroup);
            rowGroups.add(at, group);
          }
          cellsByGroup.get(group).get(v).add(s);
          afterRow = rowGroups.indexOf(group);
        }
      }
      return new AlignedRows(
          rowGroups.stream().map(g -> new Row(cellsByGroup.get(g), groupSize.get(g) > 1)).toList());
    }

    /**
     * Where a sentence goes that no earlier sentence of its version precedes on the page: just
     * before the row of the version's next sentence that already has one, else at the end.
     */
    private int beforeNextPlaced(
        int v, int s, List<Integer> rowGroups, Map<Integer, List<List<Integer>>> cellsByGroup) {
      for (int next = s + 1; next < versions.get(v).sentences().size(); next++) {
        // A group can be registered but not yet placed: the sentence being placed belongs to it.
        int row = rowGroups.indexOf(find(node(v, next)));
        if (row >= 0) {
          return row;
        }
      }
      return rowGroups.size();
    }

    private List<List<Integer>> emptyCells() {
      List<List<Integer>> cells = new ArrayList<>();
      for (int v = 0; v < versions.size(); v++) {
        cells.add(new ArrayList<>());
      }
      return cells;
    }

    private int node(Integer version, int sentence) {
      if (version == null || sentence < 0 || sentence >= versions.get(version).sentences().size()) {
        return -1;
      }
      return firstNode[version] + sentence;
    }

    private int find(int n) {
      while (parent[n] != n) {
        parent[n] = parent[parent[n]];
        n = parent[n];
      }
      return n;
    }
  }
}
