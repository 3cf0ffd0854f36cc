package org.storydiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storydiff.ingest.IngestOutcome.Accepted;
import org.storydiff.ingest.IngestOutcome.Rejected;
import org.storydiff.model.Article;
import org.storydiff.model.LanguageSource;

class RecordValidatorTest {

  private static final String BODY =
      "Flood waters rose overnight in the river town.\n\nOfficials said 12 homes were evacuated.";

  private final RecordValidator validator = new RecordValidator(IngestLimits.defaults());

  @Test
  void acceptsCompleteRecordWithAllFields() {
    IngestOutcome outcome =
        validator.fromJson(
            "a.jsonl:1",
            "{\"id\":\"r-1\",\"source\":\"Reuters\",\"body\":\""
                + json(BODY)
                + "\","
                + "\"title\":\"Town floods\",\"published\":\"2026-03-01T08:00:00Z\","
                + "\"url\":\"https://example.org/r-1\",\"language\":\"en\"}");

    assertThat(outcome).isInstanceOf(Accepted.class);
    assertThat(outcome.input()).isEqualTo("a.jsonl:1");
    assertThat(((Accepted) outcome).article())
        .isEqualTo(
            new Article(
                "r-1",
                "Reuters",
                BODY,
                "Town floods",
                "2026-03-01T08:00:00Z",
                "https://example.org/r-1",
                "en"));
  }

  @Test
  void optionalFieldsAreNullWhenAbsentOrJsonNull() {
    Article article =
        accepted(
            validator.fromJson(
                "a.jsonl:2",
                "{\"id\":\"x\",\"source\":\"AP\",\"body\":\"Text.\",\"title\":null,\"url\":null}"));

    assertThat(article.title()).isNull();
    assertThat(article.published()).isNull();
    assertThat(article.url()).isNull();
    // "Text." is too short to detect: English, marked as a default rather than a finding.
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.languageSource()).isEqualTo(LanguageSource.DEFAULT);
  }

  @Test
  void languageIsNormalizedWhenGivenAndDetectedWhenAbsent() {
    Article given =
        accepted(
            validator.fromJson(
                "a.jsonl:3",
                "{\"id\":\"g\",\"source\":\"AP\",\"body\":\"Text.\",\"language\":\"FR-ca\"}"));
    Article detected =
        accepted(
            validator.fromJson(
                "a.jsonl:4",
                "{\"id\":\"d\",\"source\":\"dpa\",\"title\":\"Hochwasser am Rhein\",\"body\":\""
                    + "Nach tagelangem Regen sind in mehreren Gemeinden die Keller vollgelaufen, "
                    + "die Feuerwehr war die ganze Nacht im Einsatz.\",\"language\":\" \"}"));

    assertThat(given.language()).isEqualTo("fr");
    assertThat(given.languageSource()).isEqualTo(LanguageSource.GIVEN);
    assertThat(detected.language()).isEqualTo("de");
    assertThat(detected.languageSource()).isEqualTo(LanguageSource.DETECTED);
  }

  @Test
  void unknownFieldsAreIgnored() {
    Article article =
        accepted(
            validator.fromJson(
                "a.jsonl:3",
                "{\"id\":\"x\",\"source\":\"AP\",\"body\":\"Text.\",\"wordCount\":2,\"tags\":[1]}"));

    assertThat(article.body()).isEqualTo("Text.");
  }

  @Test
  void trimsIdAndSourceButKeepsBodyExactly() {
    Article article =
        accepted(
            validator.fromJson(
                "a.jsonl:4",
                "{\"id\":\"  x-7\\t\",\"source\":\" AFP \",\"body\":\"  Indented.\\n\\n\"}"));

    assertThat(article.id()).isEqualTo("x-7");
    assertThat(article.source()).isEqualTo("AFP");
    assertThat(article.body()).isEqualTo("  Indented.\n\n");
  }

  @Test
  void preservesEmojiCjkAndRightToLeftTextExactly() {
    String body = "Rescue teams 🚒 arrived. 東京で地震があった。 قال المسؤول إن الطريق مغلق. Done 👍🏽.";
    Article article = accepted(validator.fromFields("f.parquet#1", record("e-1", "NHK", body)));

    assertThat(article.body()).isEqualTo(body);
    assertThat(article.body().indexOf("東京")).isEqualTo(body.indexOf("東京"));
  }

  @Test
  void rejectsMalformedJsonWithJacksonsFirstLineAndNoSourceDump() {
    Rejected rejected = rejected(validator.fromJson("a.jsonl:5", "{\"id\":\"x\",\"source\":"));

    assertThat(rejected.input()).isEqualTo("a.jsonl:5");
    assertThat(rejected.reason())
        .startsWith("invalid JSON: Unexpected end-of-input")
        .doesNotContain("\n")
        .doesNotContain("Source:")
        .doesNotContain("\"source\"");
  }

  @Test
  void rejectsJsonThatIsNotAnObject() {
    assertThat(rejected(validator.fromJson("a:1", "[1,2]")).reason())
        .isEqualTo("not a JSON object");
    assertThat(rejected(validator.fromJson("a:1", "\"text\"")).reason())
        .isEqualTo("not a JSON object");
  }

  @Test
  void rejectsTrailingContentAfterTheObject() {
    String reason =
        rejected(validator.fromJson("a:1", "{\"id\":\"x\",\"source\":\"AP\",\"body\":\"b\"} {}"))
            .reason();

    assertThat(reason).startsWith("invalid JSON: more than one JSON value on the line");
  }

  @Test
  void acceptsUnescapedTabsAndControlCharactersInsideStrings() {
    Article article =
        accepted(
            validator.fromJson("a:1", "{\"id\":\"x\",\"source\":\"AP\",\"body\":\"a\tb\u0001c\"}"));

    assertThat(article.body()).isEqualTo("a\tb c");
  }

  @Test
  void rejectsDuplicateKeysBecauseTheRecordIsAmbiguous() {
    String reason =
        rejected(
                validator.fromJson(
                    "a:1", "{\"id\":\"x\",\"source\":\"AP\",\"body\":\"one\",\"body\":\"two\"}"))
            .reason();

    assertThat(reason).startsWith("invalid JSON: Duplicate field 'body'");
  }

  @Test
  void rejectsEachMissingRequiredField() {
    assertThat(reasonForJson("{\"source\":\"AP\",\"body\":\"b\"}"))
        .isEqualTo("missing required field \"id\"");
    assertThat(reasonForJson("{\"id\":\"x\",\"body\":\"b\"}"))
        .isEqualTo("missing required field \"source\"");
    assertThat(reasonForJson("{\"id\":\"x\",\"source\":\"AP\"}"))
        .isEqualTo("missing required field \"body\"");
    assertThat(reasonForJson("{\"id\":\"x\",\"source\":\"AP\",\"body\":null}"))
        .isEqualTo("required field \"body\" is null");
  }

  @Test
  void rejectsWrongTypesWithoutCoercing() {
    assertThat(reasonForJson("{\"id\":42,\"source\":\"AP\",\"body\":\"b\"}"))
        .isEqualTo("field \"id\" must be a string, got number");
    assertThat(reasonForJson("{\"id\":\"x\",\"source\":true,\"body\":\"b\"}"))
        .isEqualTo("field \"source\" must be a string, got boolean");
    assertThat(reasonForJson("{\"id\":\"x\",\"source\":\"AP\",\"body\":[\"b\"]}"))
        .isEqualTo("field \"body\" must be a string, got array");
    assertThat(reasonForJson("{\"id\":\"x\",\"source\":\"AP\",\"body\":\"b\",\"title\":{}}"))
        .isEqualTo("field \"title\" must be a string, got object");
    assertThat(
            reasonForJson("{\"id\":\"x\",\"source\":\"AP\",\"body\":\"b\",\"published\":20260301}"))
        .isEqualTo("field \"published\" must be a string, got number");
  }

  @Test
  void rejectsWrongTypesInRowFieldsWithTheSameVocabulary() {
    Map<String, Object> row = record("x", "AP", "b");
    row.put("id", 42L);
    assertThat(rejected(validator.fromFields("p#3", row)).reason())
        .isEqualTo("field \"id\" must be a string, got number");

    row = record("x", "AP", "b");
    row.put("language", List.of("en"));
    assertThat(rejected(validator.fromFields("p#3", row)).reason())
        .isEqualTo("field \"language\" must be a string, got array");

    row = record("x", "AP", "b");
    row.put("body", new byte[] {1});
    assertThat(rejected(validator.fromFields("p#3", row)).reason())
        .isEqualTo("field \"body\" must be a string, got binary");
  }

  @Test
  void rejectsEmptyValues() {
    assertThat(reasonForJson("{\"id\":\" \",\"source\":\"AP\",\"body\":\"b\"}"))
        .isEqualTo("empty id");
    assertThat(reasonForJson("{\"id\":\"x\",\"source\":\"\",\"body\":\"b\"}"))
        .isEqualTo("empty source");
    assertThat(reasonForJson("{\"id\":\"x\",\"source\":\"AP\",\"body\":\"\"}"))
        .isEqualTo("empty body");
    assertThat(reasonForJson("{\"id\":\"x\",\"source\":\"AP\",\"body\":\" \\n\\t \"}"))
        .isEqualTo("body has only whitespace");
  }

  @Test
  void bodyOfOnlyAByteOrderMarkIsEmpty() {
    assertThat(reasonForJson("{\"id\":\"x\",\"source\":\"AP\",\"body\":\"\\uFEFF\"}"))
        .isEqualTo("empty body");
  }

  @Test
  void stripsLeadingByteOrderMarkFromValues() {
    Article article = accepted(validator.fromFields("p#1", record("\uFEFFx", "AP", "\uFEFFText.")));

    assertThat(article.id()).isEqualTo("x");
    assertThat(article.body()).isEqualTo("Text.");
  }

  @Test
  void replacesControlCharactersWithSpacesKeepingOffsets() {
    String body = "Line one\u0000 has a NUL.\r\nTab\there, bell\u0007, escape\u001B end.";
    Article article = accepted(validator.fromFields("p#1", record("x", "AP", body)));

    assertThat(article.body())
        .isEqualTo("Line one  has a NUL.\r\nTab\there, bell , escape  end.")
        .hasSameSizeAs(body);
    assertThat(article.body().indexOf("end.")).isEqualTo(body.indexOf("end."));
  }

  @Test
  void replacesControlCharactersEscapedInJson() {
    Article article =
        accepted(
            validator.fromJson(
                "a:1",
                "{\"id\":\"x\",\"source\":\"AP\",\"body\":\"a\\u0000b\",\"title\":\"t\\u0001\"}"));

    assertThat(article.body()).isEqualTo("a b");
    assertThat(article.title()).isEqualTo("t ");
  }

  @Test
  void rejectsBodyOverTheLimitNamingTheOption() {
    RecordValidator small = new RecordValidator(new IngestLimits(10, 5));

    assertThat(rejected(small.fromFields("p#1", record("x", "AP", "eleven char"))).reason())
        .isEqualTo("body has 11 characters; the limit is 10 (--max-body-chars)");
    assertThat(accepted(small.fromFields("p#1", record("x", "AP", "ten chars."))).body())
        .hasSize(10);
  }

  @Test
  void rejectsTitleOverTheLimitNamingTheOption() {
    RecordValidator small = new RecordValidator(new IngestLimits(100, 5));
    Map<String, Object> row = record("x", "AP", "Body.");
    row.put("title", "Headline");

    assertThat(rejected(small.fromFields("p#1", row)).reason())
        .isEqualTo("title has 8 characters; the limit is 5 (--max-title-chars)");
  }

  @Test
  void rejectsTenMegabyteBodyWithTheDefaultLimitMessage() {
    String body = "a".repeat(10_000_000);

    assertThat(rejected(validator.fromFields("p#1", record("x", "AP", body))).reason())
        .isEqualTo("body has 10000000 characters; the limit is 2000000 (--max-body-chars)");
  }

  private String reasonForJson(String line) {
    return rejected(validator.fromJson("a.jsonl:9", line)).reason();
  }

  static Map<String, Object> record(String id, String source, String body) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("id", id);
    fields.put("source", source);
    fields.put("body", body);
    return fields;
  }

  static Article accepted(IngestOutcome outcome) {
    assertThat(outcome).isInstanceOf(Accepted.class);
    return ((Accepted) outcome).article();
  }

  static Rejected rejected(IngestOutcome outcome) {
    assertThat(outcome).isInstanceOf(Rejected.class);
    return (Rejected) outcome;
  }

  /** Escapes the line feeds of test text for a JSON string literal. */
  static String json(String text) {
    return text.replace("\\", "\\\\")
        .replace("\"", "\\\"")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }
}
