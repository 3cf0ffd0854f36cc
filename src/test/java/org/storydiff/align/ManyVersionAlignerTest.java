package org.storydiff.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.align.Versions.version;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Relation;

/**
 * Stories with many versions (wire rewrites): the work stays linear in the number of versions and
 * every statement is still linked to its counterparts. Work is counted in scored sentence pairs,
 * not timed.
 */
class ManyVersionAlignerTest {

  private final StoryAligner aligner = new StoryAligner();

  /** Each statement in a few wordings a rewrite desk might use. */
  private static final String[][] WORDINGS = {
    {
      "A landslide buried part of the mountain village of Ternau on Friday, killing at least 14 people, police said.",
      "At least 14 people were killed when a landslide buried part of the mountain village of Ternau on Friday, police said.",
      "Police said a landslide killed at least 14 people in the mountain village of Ternau on Friday."
    },
    {
      "Rescuers with sniffer dogs searched the mud for 9 residents who are still missing.",
      "Rescuers used sniffer dogs to search the mud for 9 missing residents."
    },
    {
      "Heavy rain had soaked the slope above the village for three days.",
      "The slope above the village had been soaked by three days of heavy rain."
    },
    {
      "\"We heard a roar and then the houses were gone,\" said farmer Jonas Weil.",
      "Farmer Jonas Weil said: \"We heard a roar and then the houses were gone.\""
    },
    {
      "The regional government sent 200 soldiers to help with the search.",
      "Some 200 soldiers were sent by the regional government to help with the search."
    },
    {"Roads into the valley remain closed.", "All roads into the valley remain closed."},
  };

  /** A rewrite: every statement in a wording chosen by the seed, some paragraphs moved. */
  private static AnalyzedArticle rewrite(String id, Random random, String... extra) {
    List<String> lines = new ArrayList<>();
    for (String[] statement : WORDINGS) {
      lines.add(statement[random.nextInt(statement.length)]);
    }
    if (random.nextBoolean()) {
      lines.add(lines.remove(1));
    }
    lines.addAll(List.of(extra));
    return version(id, lines.toArray(String[]::new));
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "v%04d", i);
  }

  @Test
  void aThousandRewritesCostLinearWorkAndStillLinkEveryStatement() {
    Random random = new Random(7);
    List<AnalyzedArticle> versions = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      if (i == 500 || i == 501) {
        // A detail only two rewrites carry, neither of them a pivot.
        versions.add(rewrite(id(i), random, "A school bus driver was among the dead."));
      } else if (i == 777) {
        versions.add(
            version(
                id(i),
                "A landslide buried part of the mountain village of Ternau on Friday, killing at least 17 people, police said."));
      } else {
        versions.add(rewrite(id(i), random));
      }
    }
    int sentences = versions.stream().mapToInt(v -> v.sentences().size()).sum();

    StoryAligner.Run run = aligner.run(versions);

    // All pairs of versions would be 499,500 version pairs and about 18 million sentence pairs.
    assertThat(run.alignedVersionPairs()).isLessThan(3L * versions.size());
    assertThat(run.scoredPairs()).isLessThan(40L * sentences);
    assertThat(run.alignments().size()).isLessThan(4 * sentences);
    assertThat(linkedSentences(run.alignments()))
        .as("every sentence is linked to a counterpart")
        .hasSize(sentences);
    assertThat(run.alignments())
        .anySatisfy(
            x -> {
              assertThat(x.articleA() + x.articleB()).isEqualTo("v0500v0501");
              assertThat(x.relation()).isEqualTo(Relation.SAME);
            });
    assertThat(run.alignments())
        .filteredOn(x -> x.articleB().equals("v0777"))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.relation()).isEqualTo(Relation.CHANGED));
  }

  @Test
  void identicalCopiesLinkToTheFirstVersionWithTheirText() {
    List<AnalyzedArticle> versions = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      versions.add(rewrite(id(i), new Random(i % 2)));
    }

    StoryAligner.Run run = aligner.run(versions);

    // Two distinct texts: one version pair aligned, the 28 copies linked to their original.
    assertThat(run.alignedVersionPairs()).isEqualTo(1);
    assertThat(run.alignments())
        .filteredOn(x -> x.articleB().equals("v0029"))
        .allSatisfy(
            x -> {
              assertThat(x.articleA()).isEqualTo("v0001");
              assertThat(x.sentenceA()).isEqualTo(x.sentenceB());
              assertThat(x.relation()).isEqualTo(Relation.SAME);
            })
        .hasSize(WORDINGS.length);
  }

  @Test
  void falseFriendsStayApartAmongManyVersions() {
    List<AnalyzedArticle> versions = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 20; i++) {
      String talks =
          i % 2 == 0
              ? "Talks with the insurers will resume on Monday."
              : "Talks with the insurers ended on Monday.";
      versions.add(rewrite(id(i), random, talks));
    }

    List<Alignment> result = aligner.align(versions);

    Set<String> talksLinks = new HashSet<>();
    for (Alignment x : result) {
      boolean aTalks = text(versions, x.articleA(), x.sentenceA()).startsWith("Talks");
      boolean bTalks = text(versions, x.articleB(), x.sentenceB()).startsWith("Talks");
      if (aTalks || bTalks) {
        talksLinks.add(
            text(versions, x.articleA(), x.sentenceA())
                + " / "
                + text(versions, x.articleB(), x.sentenceB()));
      }
    }
    assertThat(talksLinks)
        .containsExactlyInAnyOrder(
            "Talks with the insurers will resume on Monday. / Talks with the insurers will resume on Monday.",
            "Talks with the insurers ended on Monday. / Talks with the insurers ended on Monday.");
  }

  private static String text(List<AnalyzedArticle> versions, String id, int sentence) {
    return versions.stream()
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow()
        .sentenceText(sentence);
  }

  private static Set<String> linkedSentences(List<Alignment> alignments) {
    Set<String> linked = new HashSet<>();
    for (Alignment x : alignments) {
      linked.add(x.articleA() + ":" + x.sentenceA());
      linked.add(x.articleB() + ":" + x.sentenceB());
    }
    return linked;
  }
}
