package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.SentenceTokens;
import org.storydiff.model.StoryResult;
import org.storydiff.pipeline.ArticleAnalyzer;
import org.storydiff.pipeline.StoryPipeline;
import org.storydiff.report.StorySummary;
import org.storydiff.text.SentenceTokenizer;
import scala.reflect.ClassTag$;

/** Spark's Kryo serializer with our registrator gives back equal records and collections. */
class StorydiffKryoRegistratorTest {

  private final SerializerInstance kryo =
      new KryoSerializer(
              new SparkConf(false)
                  .set("spark.kryo.registrator", StorydiffKryoRegistrator.class.getName()))
          .newInstance();

  @Test
  void aStoryResultWithFiguresQuotesAlignmentsAndFindingsSurvivesTheRoundTrip() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    List<AnalyzedArticle> versions =
        List.of(
            analyzer.analyze(
                new Article(
                    "a",
                    "Wire One",
                    "At least 35 people died in the fire, police said on Monday.\n\n"
                        + "\"We saw the smoke from the harbour,\" said Lena Marsh, a fisher.",
                    "Fire kills 35",
                    "2026-03-02T10:00:00Z",
                    "https://example.org/a",
                    "en")),
            analyzer.analyze(
                new Article(
                    "b",
                    "Wire Two",
                    "At least 40 people died in the fire, police said on Monday.\n\n"
                        + "The mayor ordered an inquiry.",
                    null,
                    null,
                    null,
                    null)));
    StoryResult story = new StoryPipeline().process("s1", versions);
    assertThat(story.alignments()).isNotEmpty();
    assertThat(story.findings()).isNotEmpty();
    assertThat(story.versions().get(0).facts()).isNotEmpty();

    assertThat(roundTrip(story)).isEqualTo(story);
    assertThat(roundTrip(StorySummary.of(story))).isEqualTo(StorySummary.of(story));
  }

  @Test
  void sentenceTokensSurviveTheRoundTripCompactly() throws java.io.IOException {
    String body =
        "Floods hit Moscow's suburbs on Monday. \"We lost 2,187 homes,\" the mayor said.\n\n"
            + "The floods hit again \u2013 and again.";
    AnalyzedArticle a =
        new ArticleAnalyzer().analyze(new Article("a", "Wire", body, "Floods", null, null, null));
    SentenceTokens tokens = a.tokens();
    assertThat(tokens.sentences()).isGreaterThan(1);

    SentenceTokens back = roundTrip(tokens);
    assertThat(back).isEqualTo(tokens);
    int again = back.first(back.sentences() - 1) + 1; // "floods" in the last sentence
    assertThat(back.norm(again)).isEqualTo("floods").isSameAs(back.norm(0));
    assertThat(roundTrip(SentenceTokenizer.ofText(""))).isEqualTo(SentenceTokenizer.ofText(""));

    var tag = ClassTag$.MODULE$.<SentenceTokens>apply(Object.class);
    int kryoBytes = kryo.serialize(tokens, tag).remaining();
    java.io.ByteArrayOutputStream java = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(java)) {
      out.writeObject(tokens);
    }
    assertThat(kryoBytes).isLessThan(java.size() / 3);
    // Running text repeats its words: over a longer body each token costs a few bytes.
    String longer = (body + "\n\n").repeat(20);
    SentenceTokens many =
        new ArticleAnalyzer()
            .analyze(new Article("b", "Wire", longer, null, null, null, null))
            .tokens();
    assertThat(kryo.serialize(many, tag).remaining()).isLessThan(5 * many.size());
  }

  @Test
  void unmodifiableCollectionsKeepTheirElementsAndOrder() {
    List<String> withNull = new ArrayList<>(List.of("x", "y"));
    withNull.add(null);
    Map<String, Integer> sorted = new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3));
    List<Object> values =
        List.of(
            List.of(),
            List.of("one"),
            List.of("a", "b", "c"),
            withNull.stream().toList(),
            List.of(1, 2, 3, 4).subList(1, 3),
            Collections.unmodifiableList(new ArrayList<>(List.of(5, 6))),
            Map.of("k", 1),
            Map.of("k", 1, "l", 2),
            Collections.unmodifiableMap(sorted),
            Collections.unmodifiableSortedMap(new TreeMap<>(sorted)),
            singleSet(),
            Collections.unmodifiableSortedSet(new TreeSet<>(List.of(3, 1, 2))));
    for (Object value : values) {
      Object back = roundTrip(value);
      assertThat(back).as("%s", value.getClass()).isEqualTo(value);
      if (value instanceof Iterable<?> it) {
        assertThat(elements((Iterable<?>) back)).isEqualTo(elements(it));
      }
    }
    assertThat(List.copyOf(((Map<?, ?>) roundTrip(Collections.unmodifiableMap(sorted))).keySet()))
        .isEqualTo(List.of("a", "b", "c"));
  }

  private static List<Object> elements(Iterable<?> it) {
    List<Object> out = new ArrayList<>();
    it.forEach(out::add);
    return out;
  }

  private static Object singleSet() {
    return java.util.Set.of("only");
  }

  @SuppressWarnings("unchecked")
  private <T> T roundTrip(T value) {
    var tag = ClassTag$.MODULE$.<T>apply(Object.class);
    return (T) kryo.deserialize(kryo.serialize(value, tag), tag);
  }
}
