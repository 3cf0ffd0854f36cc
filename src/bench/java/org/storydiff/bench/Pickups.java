package org.storydiff.bench;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.storydiff.bench.StoryFacts.Canonical;
import org.storydiff.model.Article;

/**
 * Writes a pickup: an outlet running an earlier version's text (which may itself be a pickup) as a
 * desk does with agency copy. It cuts the tail and maybe one paragraph's sentence, swaps a word or
 * two in a few sentences, maybe adds a sentence of its own, and credits its source half the time (a
 * dateline "(Agency)", "Source: Agency and news agencies" or "(With Agency)"; a pickup of a pickup
 * sometimes credits the original instead, as real ones do). It is published 15 minutes to 6 hours
 * after its source. Stateless and thread-safe.
 */
final class Pickups {

  /** A pickup keeps at least this share of its source's sentences, at most all of them. */
  private static final double MIN_KEPT = 0.55;

  private static final double P_MIDDLE_CUT = 0.4;
  private static final double P_ADD = 0.3;
  private static final double P_CREDIT = 0.6;
  private static final double P_CURLY = 0.3;
  private static final double P_CREDIT_ORIGINAL = 0.4;

  /** Sentences a pickup rewords lightly, and how strongly (share of swappable words). */
  private static final int MAX_REWORDED = 2;

  private static final double REWORD = 0.3;

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

  private Pickups() {}

  static GeneratedArticle write(
      StoryFacts story,
      int version,
      String id,
      String outlet,
      GeneratedArticle source,
      List<GeneratedArticle> earlier,
      Templates templates,
      SplittableRandom rng) {
    List<String> keys = new ArrayList<>(source.sentenceKeys());
    List<String> sentences = new ArrayList<>(source.sentences());
    List<PlantedEdit> edits = new ArrayList<>();
    int keep =
        Math.max(
            Math.min(5, keys.size()),
            (int) Math.round(keys.size() * (MIN_KEPT + (1 - MIN_KEPT) * rng.nextDouble())));
    while (keys.size() > keep) {
      cut(story, keys, sentences, keys.size() - 1, "pickup: cut for length", edits);
    }
    if (keys.size() > 5 && rng.nextDouble() < P_MIDDLE_CUT) {
      cut(story, keys, sentences, 1 + rng.nextInt(keys.size() - 1), "pickup", edits);
    }
    int reworded = rng.nextInt(MAX_REWORDED + 1);
    for (int i = 0; i < reworded && keys.size() > 1; i++) {
      int at = 1 + rng.nextInt(keys.size() - 1);
      sentences.set(at, Paraphrase.reword(sentences.get(at), REWORD, rng));
    }
    if (rng.nextDouble() < P_ADD) {
      String text = Fill.slots(Names.pick(rng, templates.added()), story.slots());
      int at = 1 + rng.nextInt(sentences.size());
      keys.add(at, "a0");
      sentences.add(at, text);
      edits.add(new PlantedEdit("added", "sentence", "a0", null, text, "pickup"));
    }
    inherit(source, keys, sentences, edits);

    List<String> paragraphs = paragraphs(sentences, rng);
    if (rng.nextDouble() < P_CREDIT) {
      credit(story, paragraphs, credited(source, earlier, rng), rng);
    }
    String body = String.join("\n\n", paragraphs);
    if (rng.nextDouble() < P_CURLY) {
      body = VersionWriter.curlyQuotes(body);
    }
    Instant published =
        Instant.parse(source.article().published()).plusSeconds(60L * (15 + rng.nextInt(346)));
    Article article =
        new Article(
            id,
            outlet,
            body,
            source.article().title(),
            ISO.format(published),
            "https://example.org/syn/" + id,
            "en");
    return new GeneratedArticle(
        article,
        story.index(),
        version,
        story.sequelOf(),
        keys,
        edits,
        GeneratedArticle.PICKUP,
        source.article().id(),
        sentences);
  }

  private static void cut(
      StoryFacts story,
      List<String> keys,
      List<String> sentences,
      int at,
      String note,
      List<PlantedEdit> edits) {
    String key = keys.remove(at);
    sentences.remove(at);
    for (Canonical c : story.sentences()) {
      if (c.key().equals(key)) {
        edits.add(
            new PlantedEdit(
                "omitted", "sentence", key, VersionWriter.canonicalText(story, c), null, note));
      }
    }
  }

  /**
   * The source's own edits that the pickup still carries: its omissions, and its changes and
   * additions in the sentences kept (a figure change when the planted figure is still written).
   */
  private static void inherit(
      GeneratedArticle source, List<String> keys, List<String> sentences, List<PlantedEdit> edits) {
    String text = String.join(" ", sentences);
    for (PlantedEdit e : source.edits()) {
      boolean carried =
          switch (e.change()) {
            case "omitted" -> !keys.contains(e.key());
            case "added" -> "sentence".equals(e.kind()) && text.contains(e.planted());
            case "changed" ->
                "figure".equals(e.kind()) ? text.contains(e.planted()) : keys.contains(e.key());
            default -> false; // form: the pickup has its own
          };
      if (carried && edits.stream().noneMatch(x -> x.equals(e))) {
        edits.add(e);
      }
    }
  }

  /** One to two sentences a paragraph, the lead alone. */
  private static List<String> paragraphs(List<String> sentences, SplittableRandom rng) {
    List<String> out = new ArrayList<>();
    out.add(sentences.get(0));
    for (int i = 1; i < sentences.size(); ) {
      int take = Math.min(sentences.size() - i, 1 + rng.nextInt(2));
      out.add(String.join(" ", sentences.subList(i, i + take)));
      i += take;
    }
    return out;
  }

  /**
   * The agency credited: the source, or for a pickup of a pickup sometimes the original version at
   * the head of the chain, as real pickups keep the wire's credit line they ran.
   */
  private static String credited(
      GeneratedArticle source, List<GeneratedArticle> earlier, SplittableRandom rng) {
    if (source.derivedFrom() == null || rng.nextDouble() >= P_CREDIT_ORIGINAL) {
      return source.article().source();
    }
    GeneratedArticle root = source;
    while (root.derivedFrom() != null) {
      String from = root.derivedFrom();
      root = earlier.stream().filter(g -> g.article().id().equals(from)).findFirst().orElseThrow();
    }
    return root.article().source();
  }

  private static void credit(
      StoryFacts story, List<String> paragraphs, String agency, SplittableRandom rng) {
    switch (rng.nextInt(3)) {
      case 0 ->
          paragraphs.set(
              0,
              story.slots().get("place").toUpperCase(Locale.ROOT)
                  + " ("
                  + agency
                  + ") - "
                  + paragraphs.get(0));
      case 1 -> paragraphs.add("Source: " + agency + " and news agencies");
      default -> paragraphs.add("(With " + agency + ")");
    }
  }
}
