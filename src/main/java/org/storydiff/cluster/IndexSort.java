package org.storydiff.cluster;

/**
 * Sorts the indexes {@code 0..n-1} of parallel primitive arrays by a comparator on indexes, stably:
 * the same order {@code Arrays.sort} gives boxed {@code Integer} indexes with that comparator (a
 * stable sort's result depends only on the comparator), without boxing each index and unboxing it
 * at every comparison, which made those sorts a few percent of the job's CPU time. Thread-safe:
 * stateless.
 */
final class IndexSort {

  /** Compares two indexes. */
  @FunctionalInterface
  interface IndexComparator {
    int compare(int a, int b);
  }

  /** Runs this short are sorted by insertion before they are merged. */
  private static final int INSERTION = 16;

  private IndexSort() {}

  /** The indexes {@code 0..n-1} in the comparator's order, equal ones in increasing index. */
  static int[] sorted(int n, IndexComparator order) {
    int[] indexes = new int[n];
    for (int i = 0; i < n; i++) {
      indexes[i] = i;
    }
    sort(indexes, order);
    return indexes;
  }

  /** Sorts {@code indexes} in place, stably. */
  static void sort(int[] indexes, IndexComparator order) {
    if (indexes.length > 1) {
      mergeSort(indexes, indexes.clone(), 0, indexes.length, order);
    }
  }

  /** Sorts {@code a[from, to)}, using {@code scratch} (a copy of {@code a}) for the merges. */
  private static void mergeSort(int[] a, int[] scratch, int from, int to, IndexComparator order) {
    if (to - from <= INSERTION) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && order.compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, scratch, from, mid, order);
    mergeSort(a, scratch, mid, to, order);
    if (order.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, scratch, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      // Ties take the left run first: that keeps the sort stable.
      if (j >= to || (i < mid && order.compare(scratch[i], scratch[j]) <= 0)) {
        a[k] = scratch[i++];
      } else {
        a[k] = scratch[j++];
      }
    }
  }
}
