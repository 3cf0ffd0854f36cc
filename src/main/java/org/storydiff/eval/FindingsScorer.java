package org.storydiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a run's findings ({@code changes/} rows) against a multi-version story-diff gold ({@code
 * gold.json} with figure_changes, quote_changes, omissions, additions and traps, as in {@code
 * shared/datasets/wirediff}) by the rules of {@code score_findings.py}, printing its line: a gold
 * change is found when a "changed" row of its kind overlaps one of its mentions; an omission when
 * an "omitted" row of its article points at one of the texts it is present in; an addition when an
 * "added" row overlaps it; a "changed" figure or quote row that overlaps no gold change mention is
 * false, and a trap is hit when a false row overlaps one of its mentions. Offsets are UTF-16 on
 * both sides, so overlap is the same as the scorer's code-point overlap. Stateless.
 */
public final class FindingsScorer {

  private static final String[][] CHANGE_KEYS = {
    {"figure_changes", "figure"}, {"quote_changes", "quote"}
  };
  private static final Map<String, Double> NEED =
      Map.of("figure_changes", 0.95, "quote_changes", 0.95, "omissions", 0.85, "additions", 0.85);

  /** One changes/ row as the scorer reads it; {@code own} is null when the row has no span. */
  public record Row(String articleId, String change, String kind, int[] own, List<Other> others) {}

  /** A span of another version a row points at. */
  public record Other(String articleId, int start, int end) {}

  /** Found, total and the ids missed of one gold list, in gold order. */
  public record Part(String name, int found, int total, List<String> missed) {}

  /** The outcome: its parts, the false rows (figure ones among them) and the traps hit. */
  public record Outcome(
      List<Part> parts, int falseRows, int falseFigureRows, List<String> trapsHit, boolean good) {

    /** The scorer's output line. */
    public String line() {
      List<String> out = new ArrayList<>();
      for (Part p : parts) {
        out.add(
            p.name()
                + " "
                + p.found()
                + "/"
                + p.total()
                + (p.missed().isEmpty() ? "" : " (missed " + String.join(",", p.missed()) + ")"));
      }
      return String.join("; ", out)
          + "; false changed figure/quote rows "
          + falseRows
          + " (figure "
          + falseFigureRows
          + ", quote "
          + (falseRows - falseFigureRows)
          + "); traps hit "
          + trapsHit.size()
          + (trapsHit.isEmpty() ? "" : " (" + String.join(",", trapsHit) + ")");
    }
  }

  private final Map<String, String> bodies;

  /**
   * @param bodies article id to body, for the articles of the set
   */
  public FindingsScorer(Map<String, String> bodies) {
    this.bodies = Map.copyOf(bodies);
  }

  /**
   * Reads one changes/ row (JSON); null when its article is not in the set, as the scorer skips it.
   */
  public Row row(JsonNode r) {
    String aid = text(r, "articleId");
    if (aid == null || !bodies.containsKey(aid)) {
      return null;
    }
    int[] own = has(r, "start") ? new int[] {r.get("start").asInt(), r.get("end").asInt()} : null;
    List<Other> others = new ArrayList<>();
    JsonNode os = r.get("others");
    if (os != null && os.isArray()) {
      for (JsonNode o : os) {
        String oid = text(o, "articleId");
        if (oid != null && bodies.containsKey(oid) && has(o, "start")) {
          others.add(new Other(oid, o.get("start").asInt(), o.get("end").asInt()));
        }
      }
    }
    return new Row(aid, text(r, "change"), text(r, "kind"), own, others);
  }

  /** Scores the rows against the gold. */
  public Outcome score(List<Row> rows, JsonNode gold) {
    List<Part> parts = new ArrayList<>();
    for (String[] key : CHANGE_KEYS) {
      List<String> ok = new ArrayList<>();
      List<String> missed = new ArrayList<>();
      for (JsonNode item : list(gold, key[0])) {
        boolean found = false;
        for (Row r : rows) {
          if ("changed".equals(r.change()) && key[1].equals(r.kind())) {
            for (JsonNode m : list(item, "mentions")) {
              found |= hits(r, text(m, "article"), text(m, "text"));
            }
          }
        }
        (found ? ok : missed).add(text(item, "id"));
      }
      parts.add(new Part(key[0].split("_")[0], ok.size(), ok.size() + missed.size(), missed));
    }
    List<String> ok = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (JsonNode o : list(gold, "omissions")) {
      boolean found = false;
      for (Row r : rows) {
        if ("omitted".equals(r.change()) && r.articleId().equals(text(o, "article"))) {
          for (JsonNode p : list(o, "present_in")) {
            found |= otherHits(r, text(p, "article"), text(p, "text"));
          }
        }
      }
      (found ? ok : missed).add(text(o, "id"));
    }
    parts.add(new Part("omissions", ok.size(), ok.size() + missed.size(), missed));
    ok = new ArrayList<>();
    missed = new ArrayList<>();
    for (JsonNode a : list(gold, "additions")) {
      boolean found = false;
      for (Row r : rows) {
        found |= "added".equals(r.change()) && hits(r, text(a, "article"), text(a, "text"));
      }
      (found ? ok : missed).add(text(a, "id"));
    }
    parts.add(new Part("additions", ok.size(), ok.size() + missed.size(), missed));

    List<String[]> goldMentions = new ArrayList<>();
    for (String[] key : CHANGE_KEYS) {
      for (JsonNode item : list(gold, key[0])) {
        for (JsonNode m : list(item, "mentions")) {
          goldMentions.add(new String[] {text(m, "article"), text(m, "text")});
        }
      }
    }
    List<Row> falseRows = new ArrayList<>();
    for (Row r : rows) {
      if ("changed".equals(r.change())
          && ("figure".equals(r.kind()) || "quote".equals(r.kind()))
          && goldMentions.stream().noneMatch(m -> hits(r, m[0], m[1]))) {
        falseRows.add(r);
      }
    }
    List<String> traps = new ArrayList<>();
    for (JsonNode t : list(gold, "traps")) {
      boolean hit = false;
      for (Row r : falseRows) {
        for (JsonNode m : list(t, "mentions")) {
          hit |= hits(r, text(m, "article"), text(m, "text"));
        }
      }
      if (hit) {
        traps.add(text(t, "id"));
      }
    }
    int figures = (int) falseRows.stream().filter(r -> "figure".equals(r.kind())).count();
    Map<String, Part> byKey = new LinkedHashMap<>();
    String[] keys = {"figure_changes", "quote_changes", "omissions", "additions"};
    for (int k = 0; k < keys.length; k++) {
      byKey.put(keys[k], parts.get(k));
    }
    boolean good =
        traps.isEmpty()
            && byKey.entrySet().stream()
                .allMatch(
                    e ->
                        e.getValue().found() / (double) Math.max(e.getValue().total(), 1)
                            >= NEED.get(e.getKey()));
    return new Outcome(parts, falseRows.size(), figures, traps, good);
  }

  /**
   * Every non-overlapping occurrence of {@code text} in the article's body, as {@code re.finditer}
   * finds them.
   */
  private List<int[]> spans(String articleId, String text) {
    List<int[]> out = new ArrayList<>();
    String body = bodies.get(articleId);
    if (body == null || text == null || text.isEmpty()) {
      return out;
    }
    for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length())) {
      out.add(new int[] {at, at + text.length()});
    }
    return out;
  }

  private boolean hits(Row r, String articleId, String text) {
    if (r.own() == null || !r.articleId().equals(articleId)) {
      return false;
    }
    return spans(articleId, text).stream().anyMatch(s -> overlap(r.own(), s) > 0);
  }

  private boolean otherHits(Row r, String articleId, String text) {
    for (Other o : r.others()) {
      if (o.articleId().equals(articleId)
          && spans(articleId, text).stream()
              .anyMatch(s -> overlap(new int[] {o.start(), o.end()}, s) > 0)) {
        return true;
      }
    }
    return false;
  }

  private static int overlap(int[] a, int[] b) {
    return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  }

  private static List<JsonNode> list(JsonNode node, String field) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode v = node == null ? null : node.get(field);
    if (v != null && v.isArray()) {
      v.forEach(out::add);
    }
    return out;
  }

  private static boolean has(JsonNode n, String field) {
    return n.hasNonNull(field);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
