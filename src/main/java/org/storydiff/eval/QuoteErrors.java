package org.storydiff.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.storydiff.eval.QuoteEvaluation.Scored;
import org.storydiff.eval.QuoteGold.GoldQuote;
import org.storydiff.eval.QuoteScorer.Match;
import org.storydiff.eval.QuoteScorer.Predicted;

/**
 * Writes the errors of a quote evaluation as JSON Lines, one row per missed gold quote ({@code
 * "missed"}), spurious prediction ({@code "spurious"}) or matched quote with a wrong speaker
 * ({@code "speaker"}), with the text around it, for error analysis. Offsets are UTF-16 indexes.
 */
public final class QuoteErrors {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int CONTEXT = 160;

  private QuoteErrors() {}

  public static void write(QuoteEvaluation.Outcome outcome, Writer out) throws IOException {
    for (Scored s : outcome.articles()) {
      String body = s.article().body();
      for (GoldQuote g : s.result().missed()) {
        int start = utf16(body, g.start());
        int end = utf16(body, g.end());
        out.write(row(s, "missed", body, start, end, null, g.speaker()) + "\n");
      }
      for (Predicted p : s.result().spurious()) {
        out.write(row(s, "spurious", body, p.start(), p.end(), p.speaker(), null) + "\n");
      }
      for (Match m : s.result().matched()) {
        if (!m.speakerRight()) {
          Predicted p = m.predicted();
          out.write(
              row(s, "speaker", body, p.start(), p.end(), p.speaker(), m.gold().speaker()) + "\n");
        }
      }
    }
  }

  private static String row(
      Scored s, String type, String body, int start, int end, String speaker, String goldSpeaker)
      throws IOException {
    int a = Math.max(0, Math.min(start, body.length()));
    int b = Math.max(a, Math.min(end, body.length()));
    ObjectNode row = MAPPER.createObjectNode();
    row.put("articleId", s.gold().articleId());
    row.put("split", s.gold().split());
    row.put("type", type);
    row.put("start", start);
    row.put("end", end);
    row.put("before", body.substring(Math.max(0, a - CONTEXT), a));
    row.put("text", body.substring(a, b));
    row.put("after", body.substring(b, Math.min(body.length(), b + CONTEXT)));
    row.put("speaker", speaker);
    row.put("goldSpeaker", goldSpeaker);
    return MAPPER.writeValueAsString(row);
  }

  private static int utf16(String body, int codePoint) {
    int cps = body.codePointCount(0, body.length());
    return body.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, cps)));
  }
}
