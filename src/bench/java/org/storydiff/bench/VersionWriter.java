package org.storydiff.bench;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.storydiff.bench.StoryFacts.Canonical;
import org.storydiff.bench.StoryFacts.Role;
import org.storydiff.model.Article;

/**
 * Writes one agency's version of a story: it trims the canonical text to 400-900 words, rewords it
 * lightly (a wire copy) or more (a rewrite), and plants at most one of each edit: a changed figure,
 * a changed quote, omitted and added sentences; and form-only differences (moved paragraphs, "2187"
 * for "2,187", curly quotes). Every edit is recorded. Immutable and thread-safe.
 */
final class VersionWriter {

  static final int MIN_WORDS = 430;
  static final int MAX_WORDS = 900;

  private static final double P_FIGURE = 0.35;
  private static final double P_HEDGE = 0.4;
  private static final double P_QUOTE = 0.3;
  private static final double P_SPEAKER = 0.15;
  private static final double P_OMIT = 0.4;
  private static final double P_ADD = 0.35;
  private static final double P_REORDER = 0.2;
  private static final double P_UNGROUPED = 0.3;
  private static final double P_CURLY = 0.3;

  /**
   * Versions are copies of the canonical text (lightly edited), rewrites, or written independently.
   */
  private static final double P_REWRITE = 0.3;

  private static final double P_INDEPENDENT = 0.3;

  /** One in three agencies opens with a dateline ("PORT LOMAR, March 2 (Northwire) -"). */
  private static final int DATELINE_EVERY = 3;

  private static final int VERSION = 7;
  private static final int AGENCIES = 8;
  private static final int ID = 9;
  private static final int PICKUP = 10;
  private static final int OWN_WORDING = 11;

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

  private final long seed;
  private final Templates templates;
  private final double pickupShare;

  VersionWriter(long seed, Templates templates, double pickupShare) {
    this.seed = seed;
    this.templates = templates;
    this.pickupShare = pickupShare;
  }

  /**
   * Version {@code version} of {@code story}; {@code earlier} holds versions 0 .. version - 1,
   * which a pickup may take its text from.
   */
  GeneratedArticle write(StoryFacts story, int version, List<GeneratedArticle> earlier) {
    // Drawn from a stream of its own, so a corpus without pickups is the same byte for byte.
    if (pickupShare > 0 && version > 0) {
      SplittableRandom pick = Seeds.random(seed, PICKUP, story.index(), version);
      if (pick.nextDouble() < pickupShare) {
        return Pickups.write(
            story,
            version,
            articleId(seed, story.index(), version),
            agencyName(story, version),
            pickupSource(pick, earlier),
            earlier,
            templates,
            pick);
      }
    }
    SplittableRandom rng = Seeds.random(seed, VERSION, story.index(), version);
    int agency = agencyOf(story, version);
    String source = Names.agency(agency);
    String id = articleId(seed, story.index(), version);
    String writtenAs;
    List<PlantedEdit> edits = new ArrayList<>();

    double style = rng.nextDouble();
    boolean rewrite = style < P_REWRITE + P_INDEPENDENT;
    writtenAs = style < P_INDEPENDENT ? GeneratedArticle.INDEPENDENT : rewrite ? "rewrite" : "copy";
    List<Canonical> kept =
        style < P_INDEPENDENT ? independent(story, rng, edits) : keep(story, rewrite, rng, edits);
    Map<String, String> figures = figures(story, kept, rng, edits);
    Map<String, String> quotes = new HashMap<>();
    Map<String, Integer> speakers = new HashMap<>();
    plantQuoteEdit(story, kept, rng, quotes, speakers, edits);
    double intensity = rewrite ? 0.6 : 0.05;

    List<String> keys = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (Canonical c : kept) {
      keys.add(c.key());
      sentences.add(render(story, c, figures, quotes, speakers, intensity, rng));
    }
    if (pickupShare > 0 && GeneratedArticle.INDEPENDENT.equals(writtenAs)) {
      // In a lineage corpus an independent version words its sentences its own way, as a reporter
      // writing the story afresh does; filled from the story's templates alone, half its sentences
      // would match the wire's word for word, which is a copy by any reading of the text.
      SplittableRandom own = Seeds.random(seed, OWN_WORDING, story.index(), version);
      for (int i = 0; i < sentences.size(); i++) {
        if (kept.get(i).role() != Role.QUOTE) {
          sentences.set(i, OwnWording.of(sentences.get(i), own));
        }
      }
    }
    insertAdded(story, rng, keys, sentences, edits);

    boolean curly = rng.nextDouble() < P_CURLY;
    if (curly) {
      edits.add(new PlantedEdit("form", "quote-marks", null, null, null, "curly quotation marks"));
    }
    String body = body(story, sentences, source, agency, rng, edits, curly);
    String title =
        Fill.replace(
            Fill.slots(Names.pick(rng, story.kind().titles()), story.slots()), figures::get);
    long minutes = (version == 0 ? 0 : rng.nextInt(30 * 60)) + 6 * 60 + rng.nextInt(10 * 60);
    String published =
        ISO.format(story.day().atStartOfDay(ZoneOffset.UTC).plusMinutes(minutes).toInstant());
    Article article =
        new Article(id, source, body, title, published, "https://example.org/syn/" + id, "en");
    return new GeneratedArticle(
        article, story.index(), version, story.sequelOf(), keys, edits, writtenAs, null, sentences);
  }

  /**
   * The version a pickup takes its text from: half the time another pickup when there is one (a
   * pickup of a pickup), else any earlier version.
   */
  private static GeneratedArticle pickupSource(
      SplittableRandom rng, List<GeneratedArticle> earlier) {
    List<GeneratedArticle> pickups =
        earlier.stream().filter(g -> GeneratedArticle.PICKUP.equals(g.style())).toList();
    if (!pickups.isEmpty() && rng.nextBoolean()) {
      return pickups.get(rng.nextInt(pickups.size()));
    }
    return earlier.get(rng.nextInt(earlier.size()));
  }

  private String agencyName(StoryFacts story, int version) {
    return Names.agency(agencyOf(story, version));
  }

  /** Opaque, so nothing about the story can be read from it; unique with near certainty. */
  static String articleId(long seed, int story, int version) {
    return String.format(Locale.ROOT, "syn-%016x", Seeds.mix(seed, ID, story, version));
  }

  /** Distinct agencies per story: a seeded permutation of all agencies. */
  private int agencyOf(StoryFacts story, int version) {
    SplittableRandom rng = Seeds.random(seed, AGENCIES, story.index());
    int[] order = new int[Names.agencyCount()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order[version % order.length];
  }

  /** The canonical sentences this version carries: its length, minus planted omissions. */
  private static List<Canonical> keep(
      StoryFacts story, boolean rewrite, SplittableRandom rng, List<PlantedEdit> edits) {
    int target = MIN_WORDS + rng.nextInt(MAX_WORDS - MIN_WORDS + 1);
    List<Canonical> kept = new ArrayList<>();
    int words = 0;
    for (Canonical c : story.sentences()) {
      if (words >= target) {
        // Cut for length: as much an omission as a desk's, for the reader and for the scorer.
        edits.add(
            new PlantedEdit(
                "omitted",
                "sentence",
                c.key(),
                canonicalText(story, c),
                null,
                join("length", carried(story, c))));
        continue;
      }
      kept.add(c);
      words += StoryMaker.words(c);
    }
    if (rewrite) {
      // A rewrite desk drops a tenth to a fifth of what it keeps, anywhere after the lead.
      int drop = (int) Math.round(kept.size() * (0.1 + 0.1 * rng.nextDouble()));
      for (int i = 0; i < drop && kept.size() > 4; i++) {
        Canonical gone = kept.remove(1 + rng.nextInt(kept.size() - 1));
        edits.add(
            new PlantedEdit(
                "omitted",
                "sentence",
                gone.key(),
                canonicalText(story, gone),
                null,
                join("rewrite", carried(story, gone))));
      }
    }
    if (kept.size() > 4 && rng.nextDouble() < P_OMIT) {
      int omit = 1 + rng.nextInt(2);
      for (int i = 0; i < omit; i++) {
        Canonical gone = kept.remove(1 + rng.nextInt(kept.size() - 1));
        edits.add(
            new PlantedEdit(
                "omitted",
                "sentence",
                gone.key(),
                canonicalText(story, gone),
                null,
                carried(story, gone)));
      }
    }
    return kept;
  }

  /**
   * An outlet's own article on the same facts: the lead, half to four fifths of the story's
   * details, quotes and local colour, and background of its own choosing.
   */
  private List<Canonical> independent(
      StoryFacts story, SplittableRandom rng, List<PlantedEdit> edits) {
    List<Canonical> kept = new ArrayList<>();
    kept.add(story.sentences().get(0));
    double share = 0.5 + 0.3 * rng.nextDouble();
    List<Canonical> storyBackground = new ArrayList<>();
    Set<String> storyBackgroundKeys = new HashSet<>();
    for (Canonical c : story.sentences().subList(1, story.sentences().size())) {
      if (c.key().startsWith("g")) {
        // The wire copy's generic background: an independent writer picks its own first.
        storyBackground.add(c);
        storyBackgroundKeys.add(c.key());
        continue;
      }
      if (rng.nextDouble() < share) {
        kept.add(c);
      } else {
        edits.add(
            new PlantedEdit(
                "omitted",
                "sentence",
                c.key(),
                canonicalText(story, c),
                null,
                join("independent", carried(story, c))));
      }
    }
    int target = MIN_WORDS + rng.nextInt(MAX_WORDS - MIN_WORDS + 1);
    int words = kept.stream().mapToInt(StoryMaker::words).sum();
    // Background templates the story's wire copy does not use, keyed like the wire copy's, so two
    // independent versions that pick the same one carry the same sentence under the same key.
    List<Integer> pool = new ArrayList<>();
    for (int t = 0; t < templates.generic().size(); t++) {
      if (!storyBackgroundKeys.contains(StoryMaker.genericKey(t))) {
        pool.add(t);
      }
    }
    while (words < target && !pool.isEmpty()) {
      int t = pool.remove(rng.nextInt(pool.size()));
      String text = Fill.slots(templates.generic().get(t), story.slots());
      Canonical extra =
          new Canonical(StoryMaker.genericKey(t), StoryFacts.Role.BACKGROUND, text, null, -1, 0);
      // After the lead's paragraph, anywhere; at the end when the lead is all this version kept.
      kept.add(kept.size() < 2 ? kept.size() : 2 + rng.nextInt(kept.size() - 1), extra);
      words += StoryMaker.words(extra);
      edits.add(new PlantedEdit("added", "sentence", extra.key(), null, text, "independent"));
    }
    // Still short when the story's copy took most of the pool: some of the copy's background then.
    for (Canonical c : storyBackground) {
      if (words < target) {
        kept.add(c);
        words += StoryMaker.words(c);
      } else {
        edits.add(
            new PlantedEdit(
                "omitted", "sentence", c.key(), canonicalText(story, c), null, "independent"));
      }
    }
    return kept;
  }

  /**
   * Every figure slot rendered, with at most one planted change among those this version writes.
   */
  private static Map<String, String> figures(
      StoryFacts story, List<Canonical> kept, SplittableRandom rng, List<PlantedEdit> edits) {
    boolean grouped = rng.nextDouble() >= P_UNGROUPED;
    Map<String, String> out = new HashMap<>();
    for (Templates.FigureSlot slot : story.kind().figures()) {
      out.put(
          slot.name(), FigureText.render(story.figures().get(slot.name()), slot, null, grouped));
    }
    List<Templates.FigureSlot> written = new ArrayList<>();
    for (Templates.FigureSlot slot : story.kind().figures()) {
      if (kept.stream()
          .anyMatch(c -> c.template() != null && c.template().contains("{" + slot.name() + "}"))) {
        written.add(slot);
      }
    }
    if (!grouped
        && written.stream()
            .anyMatch(
                s ->
                    story.figures().get(s.name()) >= 1000 && !s.unit().isEmpty() && !s.decimal())) {
      edits.add(
          new PlantedEdit(
              "form", "number-format", null, null, null, "thousands without separators"));
    }
    if (written.isEmpty() || rng.nextDouble() >= P_FIGURE) {
      return out;
    }
    Templates.FigureSlot slot = written.get(rng.nextInt(written.size()));
    double value = story.figures().get(slot.name());
    String canonical = FigureText.render(value, slot, null, true);
    Double hedge = rng.nextDouble() < P_HEDGE ? FigureText.hedge(value, slot) : null;
    String planted;
    String note;
    if (hedge != null) {
      planted = FigureText.render(hedge, slot, "more than", grouped);
      note = "refinement";
    } else {
      planted = FigureText.render(FigureText.contradiction(rng, value, slot), slot, null, grouped);
      note = "contradiction";
    }
    out.put(slot.name(), planted);
    edits.add(new PlantedEdit("changed", "figure", slot.name(), canonical, planted, note));
    return out;
  }

  private static void plantQuoteEdit(
      StoryFacts story,
      List<Canonical> kept,
      SplittableRandom rng,
      Map<String, String> quotes,
      Map<String, Integer> speakers,
      List<PlantedEdit> edits) {
    List<Canonical> keptQuotes = kept.stream().filter(c -> c.role() == Role.QUOTE).toList();
    if (keptQuotes.isEmpty() || rng.nextDouble() >= P_QUOTE) {
      return;
    }
    Canonical q = keptQuotes.get(rng.nextInt(keptQuotes.size()));
    String[] words = q.quote().split(" ");
    if (rng.nextDouble() < P_SPEAKER) {
      int other = (q.speaker() + 1 + rng.nextInt(2)) % 3;
      speakers.put(q.key(), other);
      edits.add(
          new PlantedEdit(
              "changed",
              "quote",
              q.key(),
              story.slots().get("p" + (q.speaker() + 1)),
              story.slots().get("p" + (other + 1)),
              "speaker"));
    } else if (rng.nextBoolean() && words.length > 8) {
      int cut = 3 + rng.nextInt(2);
      String trimmed = String.join(" ", java.util.Arrays.copyOf(words, words.length - cut));
      quotes.put(q.key(), trimmed);
      edits.add(
          new PlantedEdit(
              "changed", "quote", q.key(), q.quote(), trimmed, "trimmed " + cut + " words"));
    } else {
      int at = 1 + rng.nextInt(words.length - 1);
      words[at] = words[at].equals("very") ? "truly" : "really " + words[at];
      String reworded = String.join(" ", words);
      quotes.put(q.key(), reworded);
      edits.add(new PlantedEdit("changed", "quote", q.key(), q.quote(), reworded, "reworded"));
    }
  }

  private static String render(
      StoryFacts story,
      Canonical c,
      Map<String, String> figures,
      Map<String, String> quotes,
      Map<String, Integer> speakers,
      double intensity,
      SplittableRandom rng) {
    if (c.role() != Role.QUOTE) {
      String worded =
          c.role() == Role.LEAD ? c.template() : Paraphrase.reword(c.template(), intensity, rng);
      return Fill.replace(worded, figures::get);
    }
    String quote = quotes.getOrDefault(c.key(), c.quote());
    int speaker = speakers.getOrDefault(c.key(), c.speaker()) + 1;
    String person = story.slots().get("p" + speaker);
    String role = story.slots().get("r" + speaker);
    String surname = story.slots().get("s" + speaker);
    return switch (c.attribution()) {
      case 0 -> "\"" + quote + ",\" said " + person + ", " + role + ".";
      case 1 -> person + ", " + role + ", said: \"" + quote + ".\"";
      default -> "\"" + quote + ",\" " + surname + " told reporters.";
    };
  }

  private void insertAdded(
      StoryFacts story,
      SplittableRandom rng,
      List<String> keys,
      List<String> sentences,
      List<PlantedEdit> edits) {
    if (rng.nextDouble() >= P_ADD) {
      return;
    }
    String text = Fill.slots(Names.pick(rng, templates.added()), story.slots());
    int at = 1 + rng.nextInt(sentences.size());
    keys.add(at, "a0");
    sentences.add(at, text);
    edits.add(new PlantedEdit("added", "sentence", "a0", null, text, null));
  }

  /**
   * Paragraphs of one or two sentences (the lead alone), maybe two of them swapped, maybe a
   * dateline.
   */
  static String body(
      StoryFacts story,
      List<String> sentences,
      String source,
      int agency,
      SplittableRandom rng,
      List<PlantedEdit> edits,
      boolean curly) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(sentences.get(0));
    for (int i = 1; i < sentences.size(); ) {
      int take = Math.min(sentences.size() - i, 1 + rng.nextInt(2));
      paragraphs.add(String.join(" ", sentences.subList(i, i + take)));
      i += take;
    }
    if (paragraphs.size() > 4 && rng.nextDouble() < P_REORDER) {
      int a = 2 + rng.nextInt(paragraphs.size() - 3);
      String moved = paragraphs.get(a);
      paragraphs.set(a, paragraphs.get(a + 1));
      paragraphs.set(a + 1, moved);
      edits.add(
          new PlantedEdit(
              "form",
              "paragraph-order",
              null,
              null,
              null,
              "paragraphs " + a + " and " + (a + 1) + " swapped"));
    }
    if (agency % DATELINE_EVERY == 0) {
      String month = story.day().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String dateline =
          story.slots().get("place").toUpperCase(Locale.ROOT)
              + ", "
              + month
              + " "
              + story.day().getDayOfMonth()
              + " ("
              + source
              + ") - ";
      paragraphs.set(0, dateline + paragraphs.get(0));
    }
    String body = String.join("\n\n", paragraphs);
    return curly ? curlyQuotes(body) : body;
  }

  /** Straight double quotes to typographic ones, opening after a space or line start. */
  static String curlyQuotes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        boolean opening =
            i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        out.append(opening ? '\u201c' : '\u201d');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String canonicalText(StoryFacts story, Canonical c) {
    if (c.role() == Role.QUOTE) {
      return c.quote();
    }
    return Fill.replace(
        c.template(),
        name -> {
          for (Templates.FigureSlot slot : story.kind().figures()) {
            if (slot.name().equals(name)) {
              return FigureText.render(story.figures().get(name), slot, null, true);
            }
          }
          return null;
        });
  }

  private static String join(String a, String b) {
    return b == null ? a : a + "; " + b;
  }

  /** What an omitted sentence carried: "figures: dead, injured", "quote", or null. */
  private static String carried(StoryFacts story, Canonical c) {
    if (c.role() == Role.QUOTE) {
      return "quote";
    }
    List<String> slots = new ArrayList<>();
    for (Templates.FigureSlot slot : story.kind().figures()) {
      if (c.template().contains("{" + slot.name() + "}")) {
        slots.add(slot.name());
      }
    }
    return slots.isEmpty() ? null : "figures: " + String.join(", ", slots);
  }
}
