package org.storydiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A labelled quote set in the form the shared PolNeAR gold uses: {@code {"articles": [{"articleId",
 * "split", "quotes": [{"start", "end", "speaker", "reference"}]}]}}. Offsets are code-point indexes
 * into the article body (as Python counts), end exclusive; they may be empty or reversed where the
 * labels are broken, which the scorer then counts as a miss.
 */
public final class QuoteGold {

  /**
   * One labelled quote; {@code speaker} and {@code reference} are null when the text names none.
   */
  public record GoldQuote(int start, int end, String speaker, String reference) {}

  /**
   * The labelled quotes of one article; {@code split} is e.g. "train", "dev" or "test", or null.
   */
  public record GoldArticle(String articleId, String split, List<GoldQuote> quotes) {
    public GoldArticle {
      Objects.requireNonNull(articleId, "articleId");
      quotes = List.copyOf(quotes);
    }
  }

  private QuoteGold() {}

  /** The gold articles by id, in file order. */
  public static Map<String, GoldArticle> read(InputStream json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode articles = root == null ? null : root.get("articles");
    if (articles == null || !articles.isArray()) {
      throw new IOException("gold file has no \"articles\" array");
    }
    Map<String, GoldArticle> out = new LinkedHashMap<>();
    for (JsonNode a : articles) {
      List<GoldQuote> quotes = new ArrayList<>();
      for (JsonNode q : a.path("quotes")) {
        quotes.add(
            new GoldQuote(
                q.path("start").asInt(),
                q.path("end").asInt(),
                text(q, "speaker"),
                text(q, "reference")));
      }
      String id = text(a, "articleId");
      if (id == null) {
        throw new IOException("gold article without \"articleId\"");
      }
      out.put(id, new GoldArticle(id, text(a, "split"), quotes));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
