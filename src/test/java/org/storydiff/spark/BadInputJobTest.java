package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storydiff.cli.StorydiffCommand;

/**
 * A corpus of bad and extreme input, generated here, run through the command end to end: the job
 * exits 0, every record is either processed (with offsets that still point at the right characters)
 * or rejected with a specific reason naming its file and line, and nothing is lost: records read =
 * accepted + rejected.
 */
class BadInputJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static Path out;
  static int exitCode;
  static JsonNode summary;

  /** input ("file:line") → expected rejection reason (a prefix of it). */
  static final Map<String, String> expectedRejections = new TreeMap<>();

  /** article id → body, for the records that must be accepted. */
  static final Map<String, String> expectedBodies = new TreeMap<>();

  static int records;

  @BeforeAll
  static void runOnBadInput() throws IOException {
    Path in = Files.createDirectories(temp.resolve("in"));
    writeMixed(in.resolve("mixed.jsonl"));
    writeHuge(in.resolve("huge.jsonl"));
    writeTruncatedGzip(in.resolve("cut.jsonl.gz"));
    out = temp.resolve("out");
    exitCode =
        StorydiffCommand.execute(
            "run",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--master",
            "local[2]",
            "--conf",
            "spark.sql.shuffle.partitions=4");
    summary = OutputRows.json(out.resolve("summary.json"));
  }

  @Test
  void theJobSucceedsAndNothingIsLost() {
    assertThat(exitCode).isZero();
    assertThat(summary.get("recordsRead").asLong()).isEqualTo(records);
    assertThat(summary.get("accepted").asLong()).isEqualTo(expectedBodies.size());
    assertThat(summary.get("rejected").asLong()).isEqualTo(expectedRejections.size());
    assertThat(summary.get("balanced").asBoolean()).isTrue();
  }

  @Test
  void everyBadRecordIsRejectedWithItsSpecificReason() {
    Map<String, String> actual = new TreeMap<>();
    for (JsonNode row : OutputRows.read(out, "rejected")) {
      String input = row.get("input").asText();
      actual.put(input.substring(input.lastIndexOf('/') + 1), row.get("reason").asText());
    }
    assertThat(actual.keySet()).isEqualTo(expectedRejections.keySet());
    expectedRejections.forEach(
        (input, reason) -> assertThat(actual.get(input)).as(input).startsWith(reason));
  }

  @Test
  void everyGoodRecordIsProcessedWithOffsetsIntoItsOwnBody() {
    List<JsonNode> articles = OutputRows.read(out, "articles");
    assertThat(articles)
        .extracting(a -> a.get("articleId").asText())
        .containsExactlyInAnyOrderElementsOf(expectedBodies.keySet());
    for (JsonNode article : articles) {
      String body = expectedBodies.get(article.get("articleId").asText());
      assertThat(article.get("sentences")).as(article.get("articleId").asText()).isNotEmpty();
      for (JsonNode s : article.get("sentences")) {
        assertThat(s.get("start").asInt()).isBetween(0, s.get("end").asInt());
        assertThat(s.get("end").asInt()).isLessThanOrEqualTo(body.length());
      }
    }
    for (JsonNode fact : OutputRows.read(out, "facts")) {
      String body = expectedBodies.get(fact.get("articleId").asText());
      assertThat(body.substring(fact.get("start").asInt(), fact.get("end").asInt()))
          .as(fact.toString())
          .isEqualTo(fact.get("text").asText());
    }
  }

  @Test
  void emojiBeforeAFigureDoNotShiftItsOffsets() {
    String body = expectedBodies.get("emoji");
    JsonNode toll =
        OutputRows.read(out, "facts").stream()
            .filter(
                f ->
                    f.get("articleId").asText().equals("emoji")
                        && f.get("kind").asText().equals("figure"))
            .filter(f -> f.get("value").asDouble() == 35)
            .findFirst()
            .orElseThrow();
    assertThat(toll.get("start").asInt()).isEqualTo(body.indexOf("At least 35"));
  }

  @Test
  void htmlMarkupAndEntitiesAreReadAsTheTextTheyStandFor() {
    List<JsonNode> facts =
        OutputRows.read(out, "facts").stream()
            .filter(f -> f.get("articleId").asText().equals("html"))
            .toList();
    assertThat(facts)
        .anySatisfy(
            f -> {
              assertThat(f.get("kind").asText()).isEqualTo("figure");
              assertThat(f.get("value").asDouble()).isEqualTo(12);
              assertThat(f.get("unit").asText()).contains("people");
            });
    assertThat(facts)
        .anySatisfy(
            f -> {
              assertThat(f.get("kind").asText()).isEqualTo("quote");
              assertThat(f.get("quote").asText()).isEqualTo("We are still searching");
              assertThat(f.get("speaker").asText()).contains("chief");
            });
  }

  @Test
  void oddAndFuturePublicationDatesAreKeptAsWritten() {
    Map<String, String> published = new TreeMap<>();
    OutputRows.read(out, "articles")
        .forEach(a -> published.put(a.get("articleId").asText(), a.get("published").asText()));
    assertThat(published)
        .containsEntry("odd-date", "yesterday, around noon")
        .containsEntry("future", "2199-01-01T00:00:00Z");
  }

  private static void writeMixed(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Lines lines = new Lines("mixed.jsonl", bytes);
    String html =
        "<p>Firefighters said <b>12</b> people were hurt &amp; 3 were missing.</p>\n\n"
            + "<p>&#8220;We are still searching,&#8221; the fire chief said.</p>";
    lines.good("html", "Harbour Daily", html);
    // Markup is blanked character for character: the stored body is as long as the input's.
    expectedBodies.put(
        "html",
        html.replace("</p>", "\n\n  ")
            .replace("<p>", "\n\n ")
            .replace("</b>", "    ")
            .replace("<b>", "   ")
            .replace("&amp;", "&    ")
            .replace("&#8220;", "      \u201C")
            .replace("&#8221;", "\u201D      "));
    lines.bad(
        "{\"id\": \"broken\", \"source\": \"X\", \"body\": \"the line ends before the string does",
        "invalid JSON");
    lines.bad(
        "{\"id\": 42, \"source\": \"X\", \"body\": \"A body.\"}",
        "field \"id\" must be a string, got number");
    lines.bad(
        "{\"id\": \"list\", \"source\": \"X\", \"body\": [\"a\", \"b\"]}",
        "field \"body\" must be a string, got array");
    lines.bad("{\"id\": \"nobody\", \"source\": \"X\"}", "missing required field \"body\"");
    lines.bad(
        "{\"id\": \"nosource\", \"source\": null, \"body\": \"A body.\"}",
        "required field \"source\" is null");
    lines.bad("{\"id\": \"empty\", \"source\": \"X\", \"body\": \"\"}", "empty body");
    lines.bad(
        "{\"id\": \"blank\", \"source\": \"X\", \"body\": \" \\n\\n \\t\"}",
        "body has only whitespace");
    lines.bad(
        record("html", "Copycat", "A second record with an id already used."),
        "duplicate id \"html\": first seen at");
    lines.good(
        "controls",
        "Northwire",
        "The bridge\u0001 reopened at 08:20 GMT.\u0007 Traffic\u0000 was light.");
    lines.good("rtl", "Agence Littorale", "قال المسؤولون إن 40 شخصا أصيبوا. הכביש נסגר לתנועה.");
    lines.good("cjk", "CNS", "地震造成至少35人死亡。救援工作仍在继续。");
    lines.good(
        "emoji",
        "Meridian Press",
        "\uD83D\uDD25\uD83D\uDD25 At least 35 people were killed, officials said.\n\n"
            + "\uD83D\uDE92 \u201CWe lost everything,\u201D said Mara Lind, a resident.");
    lines.raw(new byte[0]);
    lines.goodWith("odd-date", "yesterday, around noon", "Markets closed higher on Friday.");
    lines.goodWith("future", "2199-01-01T00:00:00Z", "The probe will reach the outer planet.");
    lines.bad(
        withTitle("long-title", "T".repeat(1_001)),
        "title has 1001 characters; the limit is 1000 (--max-title-chars)");
    lines.goodWithTitle(
        "near-limit-title", "T".repeat(1_000), "A record whose title is just within the limit.");
    byte[] invalidUtf8 =
        "{\"id\": \"latin1\", \"source\": \"X\", \"body\": \"caf\u00e9\"}"
            .getBytes(StandardCharsets.ISO_8859_1);
    lines.badBytes(invalidUtf8, "invalid UTF-8");
    Files.write(file, bytes.toByteArray());
  }

  /**
   * A 10 MB body (over the default body limit) and a 100,000-sentence article (over the sentence
   * limit).
   */
  private static void writeHuge(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Lines lines = new Lines("huge.jsonl", bytes);
    lines.bad(
        record("ten-mb", "X", "x".repeat(10 * 1024 * 1024)),
        "body has 10485760 characters; the limit is 2000000 (--max-body-chars)");
    lines.bad(
        record("many-sentences", "X", "Rain fell again. ".repeat(100_000).strip()),
        "body has 100000 sentences; the limit is 10000 (--max-sentences)");
    Files.write(file, bytes.toByteArray());
  }

  /** Two whole records, then a gzip stream cut off inside the third. */
  private static void writeTruncatedGzip(Path file) throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    Lines lines = new Lines("cut.jsonl.gz", plain);
    lines.good("gz-1", "CNS", "The first record of the compressed file arrived whole.");
    lines.good("gz-2", "CNS", "The second record of the compressed file arrived whole too.");
    // Random letters do not compress, so cutting the stream's tail lands inside this record.
    java.util.Random random = new java.util.Random(7);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      noise.append((char) ('a' + random.nextInt(26)));
    }
    String third = record("gz-3", "CNS", noise.toString()) + "\n";
    plain.write(third.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream zip = new GZIPOutputStream(gz)) {
      zip.write(plain.toByteArray());
    }
    byte[] all = gz.toByteArray();
    Files.write(file, Arrays.copyOf(all, all.length - 200));
    expectedRejections.put("cut.jsonl.gz:3", "gzip stream truncated or corrupt after line 2");
    records++;
  }

  private static String record(String id, String source, String body) {
    ObjectNode node = JSON.createObjectNode().put("id", id).put("source", source).put("body", body);
    return node.toString();
  }

  private static String withTitle(String id, String title) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("source", "X")
        .put("title", title)
        .put("body", "A body.")
        .toString();
  }

  /** Writes lines and records what each must become. */
  private static final class Lines {
    private final String file;
    private final ByteArrayOutputStream bytes;
    private int line;

    Lines(String file, ByteArrayOutputStream bytes) {
      this.file = file;
      this.bytes = bytes;
    }

    void good(String id, String source, String body) {
      text(record(id, source, body));
      expectedBodies.put(id, body);
      records++;
    }

    void goodWith(String id, String published, String body) {
      text(
          JSON.createObjectNode()
              .put("id", id)
              .put("source", "X")
              .put("published", published)
              .put("body", body)
              .toString());
      expectedBodies.put(id, body);
      records++;
    }

    void goodWithTitle(String id, String title, String body) {
      text(
          JSON.createObjectNode()
              .put("id", id)
              .put("source", "X")
              .put("title", title)
              .put("body", body)
              .toString());
      expectedBodies.put(id, body);
      records++;
    }

    void bad(String json, String reason) {
      text(json);
      expectedRejections.put(file + ":" + line, reason);
      records++;
    }

    void badBytes(byte[] json, String reason) {
      raw(json);
      expectedRejections.put(file + ":" + line, reason);
      records++;
    }

    /** A line that is not a record when empty (blank lines are skipped, not counted). */
    void raw(byte[] content) {
      line++;
      bytes.writeBytes(content);
      bytes.write('\n');
    }

    private void text(String json) {
      raw(json.getBytes(StandardCharsets.UTF_8));
    }
  }
}
