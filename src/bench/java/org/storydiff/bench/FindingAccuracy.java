package org.storydiff.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.storydiff.bench.PlantedArticle.Edit;

/**
 * Scores the job's findings ({@code changes/}) against the edits the corpus generator planted.
 *
 * <p><b>Recall</b>, per planted edit that the contract says must be reported: a changed figure or
 * quote (the quote's sentence is carried by another version of the story), an added sentence (no
 * other version carries its key or added the same text) and an omitted sentence (more than half of
 * the other versions carry it), each in a story of two or more versions. It is found when the same
 * article has a finding of the same change whose text matches: a changed figure shares a number
 * with the planted figure; a changed quote's text or detail overlaps the planted wording or
 * speaker; an added sentence's finding overlaps the planted sentence; an omitted sentence's finding
 * has other-version evidence overlapping the canonical sentence (see {@link TextMatch}). A finding
 * of any kind (statement, figure or quote) can find an added or omitted sentence.
 *
 * <p><b>Precision</b>, per reported finding: it is supported when it matches a planted edit of its
 * own article by the same rule; a changed finding is also supported when another version of the
 * story had that figure or quote changed (without a majority reading both sides are reported) and
 * it matches the canonical side; an added finding is also supported when it matches the canonical
 * text of a sentence this article carries and another version omitted; an omitted finding is also
 * supported when its evidence matches the canonical text of a sentence its article does not carry
 * (every canonical sentence a version does not carry is planted as omitted, also when cut for
 * length). Findings on articles not in {@code planted.jsonl} are ignored.
 */
final class FindingAccuracy {

  /** Counts for one change and kind. */
  record Tally(String category, long reportable, long found, long reported, long supported) {

    double recall() {
      return reportable == 0 ? Double.NaN : (double) found / reportable;
    }

    double precision() {
      return reported == 0 ? Double.NaN : (double) supported / reported;
    }
  }

  /**
   * Per category ("changed figure", "omitted sentence", ...), sorted, with the overall micro
   * figures.
   */
  record Result(List<Tally> recall, List<Tally> precision) {

    long reportable() {
      return recall.stream().mapToLong(Tally::reportable).sum();
    }

    long found() {
      return recall.stream().mapToLong(Tally::found).sum();
    }

    long reported() {
      return precision.stream().mapToLong(Tally::reported).sum();
    }

    long supported() {
      return precision.stream().mapToLong(Tally::supported).sum();
    }
  }

  private final Map<String, PlantedArticle> articles;
  private final Map<Integer, List<PlantedArticle>> stories;
  private final Map<String, List<ReportedFinding>> findingsByArticle;

  FindingAccuracy(Map<String, PlantedArticle> articles, List<ReportedFinding> findings) {
    this.articles = articles;
    this.stories = articles.values().stream().collect(Collectors.groupingBy(PlantedArticle::story));
    this.findingsByArticle =
        findings.stream()
            .filter(f -> articles.containsKey(f.articleId()))
            .collect(Collectors.groupingBy(ReportedFinding::articleId));
  }

  Result score() {
    Map<String, long[]> recall = new TreeMap<>();
    for (PlantedArticle a : articles.values()) {
      for (Edit e : a.edits()) {
        if (reportable(a, e)) {
          long[] t = recall.computeIfAbsent(e.change() + " " + e.kind(), k -> new long[2]);
          t[0]++;
          if (findingsByArticle.getOrDefault(a.articleId(), List.of()).stream()
              .anyMatch(f -> matches(f, e))) {
            t[1]++;
          }
        }
      }
    }
    Map<String, long[]> precision = new TreeMap<>();
    findingsByArticle.forEach(
        (id, findings) -> {
          PlantedArticle a = articles.get(id);
          for (ReportedFinding f : findings) {
            long[] t = precision.computeIfAbsent(f.change() + " " + f.kind(), k -> new long[2]);
            t[0]++;
            if (supported(a, f)) {
              t[1]++;
            }
          }
        });
    List<Tally> r = new ArrayList<>();
    recall.forEach((k, t) -> r.add(new Tally(k, t[0], t[1], 0, 0)));
    List<Tally> p = new ArrayList<>();
    precision.forEach((k, t) -> p.add(new Tally(k, 0, 0, t[0], t[1])));
    return new Result(r, p);
  }

  private boolean reportable(PlantedArticle a, Edit e) {
    List<PlantedArticle> others = others(a);
    if (others.isEmpty()) {
      return false;
    }
    return switch (e.change()) {
      case "changed" ->
          !e.kind().equals("quote") || others.stream().anyMatch(o -> o.carries(e.key()));
      case "added" ->
          others.stream().noneMatch(o -> o.carries(e.key()))
              && others.stream()
                  .flatMap(o -> o.edits().stream())
                  .noneMatch(
                      o -> o.change().equals("added") && Objects.equals(o.planted(), e.planted()));
      case "omitted" -> 2 * others.stream().filter(o -> o.carries(e.key())).count() > others.size();
      default -> false;
    };
  }

  /** A finding of this article that reports this article's planted edit. */
  private static boolean matches(ReportedFinding f, Edit e) {
    if (!f.change().equals(e.change())) {
      return false;
    }
    return switch (e.change() + " " + e.kind()) {
      case "changed figure" ->
          f.kind().equals("figure") && TextMatch.shareNumber(f.text(), e.planted());
      case "changed quote" ->
          f.kind().equals("quote") && TextMatch.overlaps(f.text() + " " + f.detail(), e.planted());
      case "added sentence" -> TextMatch.overlaps(f.text(), e.planted());
      case "omitted sentence" -> TextMatch.overlaps(f.othersText(), e.canonical());
      default -> false;
    };
  }

  private boolean supported(PlantedArticle a, ReportedFinding f) {
    if (a.edits().stream().anyMatch(e -> matches(f, e))) {
      return true;
    }
    List<PlantedArticle> others = others(a);
    if (f.change().equals("changed")) {
      return others.stream()
          .flatMap(o -> o.edits().stream())
          .filter(e -> e.change().equals("changed") && e.kind().equals(f.kind()))
          .anyMatch(
              e ->
                  f.kind().equals("figure")
                      ? TextMatch.shareNumber(f.text(), e.canonical())
                      : TextMatch.overlaps(f.text() + " " + f.detail(), e.canonical()));
    }
    if (f.change().equals("added")) {
      // A sentence this article kept where every other version dropped it.
      return others.stream()
          .flatMap(o -> o.edits().stream())
          .filter(e -> e.change().equals("omitted") && e.key() != null && a.carries(e.key()))
          .anyMatch(e -> TextMatch.overlaps(f.text(), e.canonical()));
    }
    if (f.change().equals("omitted")) {
      return others.stream()
          .flatMap(o -> o.edits().stream())
          .filter(e -> e.change().equals("omitted") && e.key() != null && !a.carries(e.key()))
          .anyMatch(e -> TextMatch.overlaps(f.othersText(), e.canonical()));
    }
    return false;
  }

  private List<PlantedArticle> others(PlantedArticle a) {
    return stories.get(a.story()).stream().filter(o -> o != a).toList();
  }
}
