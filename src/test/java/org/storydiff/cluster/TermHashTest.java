package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermHashTest {

  /** The ids are stored in stories/ by one run and read by the next: they must never change. */
  @Test
  void idsAreStableAcrossReleases() {
    assertThat(TermHash.of("flood")).isEqualTo(0x5829e4f824982538L);
    assertThat(TermHash.of("e:port lomar")).isEqualTo(0x1896ee1fc7ac95adL);
  }

  @Test
  void theKindTravelsInTheId() {
    assertThat(TermHash.kind(TermHash.of("flood"))).isEqualTo(TermHash.Kind.CONTENT);
    assertThat(TermHash.kind(TermHash.of("e:port lomar"))).isEqualTo(TermHash.Kind.ENTITY);
    assertThat(TermHash.kind(TermHash.of("n:134"))).isEqualTo(TermHash.Kind.NUMBER);
    assertThat(TermHash.kind(TermHash.of("d:11-12"))).isEqualTo(TermHash.Kind.DATE);
    assertThat(TermHash.isSpecific(TermHash.of("flood"))).isFalse();
    assertThat(TermHash.isSpecific(TermHash.of("n:134"))).isTrue();
  }

  @Test
  void distinctTermsGetDistinctIds() {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      ids.add(TermHash.of("w" + i));
    }
    assertThat(ids).hasSize(200_000);
  }
}
