package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnionFindTest {

  @Test
  void componentsMapEveryNodeToItsSmallestId() {
    Map<String, String> roots =
        UnionFind.components(
            List.of(new String[] {"d", "b"}, new String[] {"b", "c"}, new String[] {"x", "y"}));

    assertThat(roots)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("b", "b", "c", "b", "d", "b", "x", "x", "y", "x"));
  }

  @Test
  void intVersionJoinsTransitively() {
    UnionFind uf = new UnionFind(5);

    assertThat(uf.union(4, 2)).isTrue();
    assertThat(uf.union(2, 3)).isTrue();
    assertThat(uf.union(3, 4)).isFalse();
    assertThat(uf.find(4)).isEqualTo(2);
    assertThat(uf.find(0)).isZero();
  }

  @Test
  void forestKeepsTheComponentsWithOnePairPerNonRootNode() {
    // A triangle 7-3-5 with a redundant edge, and a separate pair 9-2.
    int[] forest = UnionFind.forest(new int[] {7, 3, 5, 7, 3, 5, 9, 2});

    assertThat(forest).containsExactly(5, 3, 7, 3, 9, 2);
  }

  @Test
  void forestOfNoEdgesIsEmpty() {
    assertThat(UnionFind.forest(new int[0])).isEmpty();
  }
}
