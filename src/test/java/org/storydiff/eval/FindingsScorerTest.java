package org.storydiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of score_findings.py on a tiny fictional set: found, missed, false rows and traps. */
class FindingsScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String A =
      "At least 12 died in Velm. \"We wait,\" said Ana Roe. Roads shut.";
  private static final String B =
      "At least 14 died in Velm. \"We wait,\" said Ana Roe. Roads 2,000.";

  private final FindingsScorer scorer = new FindingsScorer(Map.of("a", A, "b", B));

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  private JsonNode gold() throws Exception {
    return json(
        "{'figure_changes': [{'id': 'F1', 'mentions': [{'article': 'b', 'text': '14'}]}],"
            + " 'quote_changes': [{'id': 'Q1', 'mentions': [{'article': 'b', 'text': 'We wait'}]}],"
            + " 'omissions': [{'id': 'O1', 'article': 'b', 'present_in': [{'article': 'a', 'text':"
            + " 'Roads shut.'}]}],"
            + " 'additions': [{'id': 'A1', 'article': 'b', 'text': '2,000'}],"
            + " 'traps': [{'id': 'T1', 'mentions': [{'article': 'a', 'text': 'Ana Roe'}]}]}");
  }

  private FindingsScorer.Row row(String r) throws Exception {
    return scorer.row(json(r));
  }

  @Test
  void plantedChangesOmissionsAndAdditionsAreFoundByTheirSpans() throws Exception {
    int fig = B.indexOf("14");
    int omitted = A.indexOf("Roads shut.");
    int added = B.indexOf("2,000");
    List<FindingsScorer.Row> rows =
        List.of(
            row(
                "{'articleId': 'b', 'change': 'changed', 'kind': 'figure', 'start': "
                    + fig
                    + ", 'end': "
                    + (fig + 2)
                    + ", 'others': []}"),
            row(
                "{'articleId': 'b', 'change': 'omitted', 'kind': 'statement', 'start': null,"
                    + " 'others': [{'articleId': 'a', 'start': "
                    + omitted
                    + ", 'end': "
                    + (omitted + 11)
                    + "}]}"),
            row(
                "{'articleId': 'b', 'change': 'added', 'kind': 'figure', 'start': "
                    + added
                    + ", 'end': "
                    + (added + 5)
                    + ", 'others': []}"));

    FindingsScorer.Outcome out = scorer.score(rows, gold());

    assertThat(out.line())
        .isEqualTo(
            "figure 1/1; quote 0/1 (missed Q1); omissions 1/1; additions 1/1; false changed"
                + " figure/quote rows 0 (figure 0, quote 0); traps hit 0");
    assertThat(out.good()).isFalse(); // a planted quote change is missed
  }

  @Test
  void aChangedRowOnNoPlantedChangeIsFalseAndHitsTheTrapItCovers() throws Exception {
    int speaker = A.indexOf("\"We wait,\" said Ana Roe");
    List<FindingsScorer.Row> rows =
        List.of(
            row(
                "{'articleId': 'a', 'change': 'changed', 'kind': 'quote', 'start': "
                    + speaker
                    + ", 'end': "
                    + (speaker + 22)
                    + ", 'others': []}"));

    FindingsScorer.Outcome out = scorer.score(rows, gold());

    assertThat(row("{'articleId': 'zz', 'change': 'changed', 'kind': 'quote', 'start': 0}"))
        .as("a row of an article outside the set is skipped")
        .isNull();
    assertThat(out.falseRows()).isEqualTo(1);
    assertThat(out.falseFigureRows()).isZero();
    assertThat(out.trapsHit()).containsExactly("T1");
  }
}
