package org.storydiff.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores figure values as the news-quantity benchmark and {@code shared/eval/score_figures.py} do:
 * per gold article, the multiset of predicted values (figures with a non-null value) against the
 * gold values that read as numbers; a predicted value matches a gold one within a relative 1e-6;
 * every unmatched prediction is a false positive, every unmatched gold value a false negative.
 * Predictions for articles not in the gold are ignored. Gold values that are not numbers (ranges
 * such as "252.0-287.0") are skipped. Stateless and thread-safe.
 */
public final class FigureValueScorer {

  private FigureValueScorer() {}

  /**
   * Reads gold of the form {@code {"sentences": [{"articleId": ..., "quantities": [{"value":
   * ...}]}]}}: article id to its gold values in file order, non-numeric values left out.
   */
  public static Map<String, List<Double>> readGold(Path goldJson) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(goldJson));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          goldJson + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    JsonNode sentences = root == null ? null : root.get("sentences");
    if (sentences == null || !sentences.isArray()) {
      throw new IllegalArgumentException(
          goldJson + ": expected {\"sentences\": [{\"articleId\", \"quantities\"}]}");
    }
    Map<String, List<Double>> gold = new LinkedHashMap<>();
    for (JsonNode s : sentences) {
      List<Double> values = new ArrayList<>();
      JsonNode quantities = s.path("quantities");
      for (JsonNode q : quantities) {
        Double v = PythonFloat.of(scalar(q.get("value")));
        if (v != null) {
          values.add(v);
        }
      }
      // A repeated article id replaces the earlier entry, as the reference scorer's dict does.
      gold.put(s.path("articleId").asText(), values);
    }
    return gold;
  }

  /** The score of {@code predicted} (article id to predicted values) against {@code gold}. */
  public static ValueScore score(
      Map<String, List<Double>> gold, Map<String, List<Double>> predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (var e : gold.entrySet()) {
      List<Double> left = new ArrayList<>(predicted.getOrDefault(e.getKey(), List.of()));
      for (double g : e.getValue()) {
        int hit = indexOfClose(left, g);
        if (hit < 0) {
          fn++;
        } else {
          tp++;
          left.remove(hit);
        }
      }
      fp += left.size();
    }
    return new ValueScore(tp, fp, fn);
  }

  private static int indexOfClose(List<Double> values, double g) {
    for (int i = 0; i < values.size(); i++) {
      if (close(values.get(i), g)) {
        return i;
      }
    }
    return -1;
  }

  static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static Object scalar(JsonNode n) {
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    return n.isNumber() ? (Object) n.doubleValue() : n.asText();
  }
}
