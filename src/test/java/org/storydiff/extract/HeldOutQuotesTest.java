package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Quote;
import org.storydiff.text.SentenceSplitter;

/**
 * Scores the held-out cases (src/test/resources/heldout/quotes.jsonl, written before tuning): a
 * case quote is found when an extracted direct or partial quote overlaps its text; its speaker is
 * right when the speaker name equals the expected one (case and a leading "the" ignored); a
 * headline quote listed as not a quote must not be extracted.
 */
class HeldOutQuotesTest {

  @Test
  void heldOutCasesScore() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int expected = 0;
    int found = 0;
    int speakerRight = 0;
    int notQuotes = 0;
    int notQuotesAvoided = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/heldout/quotes.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode c = json.readTree(line);
        String body = c.get("body").asText();
        List<Quote> quotes =
            new QuoteExtractor()
                .extract(c.get("id").asText(), body, new SentenceSplitter().split(body));
        for (JsonNode e : c.get("quotes")) {
          expected++;
          int at = body.indexOf(e.get("text").asText());
          int end = at + e.get("text").asText().length();
          Quote q =
              quotes.stream().filter(x -> x.start() < end && x.end() > at).findFirst().orElse(null);
          if (q != null) {
            found++;
            boolean right = norm(q.speakerName()).equals(norm(e.get("speaker").asText()));
            speakerRight += right ? 1 : 0;
            if (!right) {
              System.out.println(
                  "held-out " + c.get("id").asText() + ": speaker " + q.speakerName());
            }
          } else {
            System.out.println(
                "held-out " + c.get("id").asText() + ": missed " + e.get("text").asText());
          }
        }
        for (JsonNode n : c.path("not_quotes")) {
          notQuotes++;
          int at = body.indexOf(n.asText());
          notQuotesAvoided +=
              quotes.stream().noneMatch(x -> x.start() <= at && x.end() > at) ? 1 : 0;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "held-out quotes found %d/%d, speaker right %d/%d, headline quotes avoided %d/%d%n",
        found,
        expected,
        speakerRight,
        found,
        notQuotesAvoided,
        notQuotes);
    assertThat(found).isGreaterThan(expected / 2);
  }

  private static String norm(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
  }
}
