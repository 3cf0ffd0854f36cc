package org.storydiff.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.storydiff.bench.StoryFacts.Canonical;
import org.storydiff.bench.StoryFacts.Role;

/**
 * Makes the {@link StoryFacts} of any story from the seed alone, in any order. Each aspect of a
 * story draws from its own random stream (identity, date, figures, sentences), so a sequel can
 * re-derive the place and people of the story it continues. Immutable and thread-safe.
 */
final class StoryMaker {

  /** Canonical stories run to this many words, so trimmed versions land in 400-900. */
  static final int MIN_WORDS = 700;

  static final int MAX_WORDS = 950;

  /** A sequel continues a story from at most this many stories earlier. */
  private static final int SEQUEL_REACH = 50;

  private static final int SEQUEL_MIN_GAP_DAYS = 3;
  private static final int SEQUEL_MAX_GAP_DAYS = 9;

  private static final int IDENTITY = 2;
  private static final int DAY = 3;
  private static final int FIGURES = 4;
  private static final int SENTENCES = 5;
  private static final int SEQUEL = 6;

  private final CorpusConfig config;
  private final StoryPlan plan;
  private final Templates templates;

  StoryMaker(CorpusConfig config, StoryPlan plan, Templates templates) {
    this.config = config;
    this.plan = plan;
    this.templates = templates;
  }

  StoryFacts make(int story) {
    int sequelOf = sequelOf(story);
    int identity = identityOf(story);
    SplittableRandom idRng = Seeds.random(config.seed(), IDENTITY, identity);
    Templates.Kind kind = templates.kinds().get(idRng.nextInt(templates.kinds().size()));
    LocalDate day = dayOf(story);
    Map<String, String> slots = identitySlots(idRng, kind);
    slots.put("weekday", day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    slots.put("month", day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    slots.put("day", Integer.toString(day.getDayOfMonth()));
    slots.put("year", Integer.toString(day.getYear()));
    Map<String, Double> figures = figures(Seeds.random(config.seed(), FIGURES, story), kind);
    List<Canonical> sentences =
        sentences(Seeds.random(config.seed(), SENTENCES, story), kind, slots);
    return new StoryFacts(
        story,
        kind,
        Map.copyOf(slots),
        Map.copyOf(figures),
        List.copyOf(sentences),
        day,
        sequelOf,
        plan.versions(story));
  }

  /** The story this one continues, or -1; only multi-version stories are sequels. */
  int sequelOf(int story) {
    if (story == 0 || plan.versions(story) < 2) {
      return -1;
    }
    SplittableRandom rng = Seeds.random(config.seed(), SEQUEL, story);
    if (rng.nextDouble() >= config.sequelShare()) {
      return -1;
    }
    return story - 1 - rng.nextInt(Math.min(story, SEQUEL_REACH));
  }

  private int identityOf(int story) {
    int s = story;
    for (int earlier = sequelOf(s); earlier >= 0; earlier = sequelOf(s)) {
      s = earlier;
    }
    return s;
  }

  private LocalDate dayOf(int story) {
    int earlier = sequelOf(story);
    if (earlier >= 0) {
      SplittableRandom rng = Seeds.random(config.seed(), DAY, story);
      return dayOf(earlier)
          .plusDays(
              SEQUEL_MIN_GAP_DAYS + rng.nextInt(SEQUEL_MAX_GAP_DAYS - SEQUEL_MIN_GAP_DAYS + 1));
    }
    return config.start().plusDays(Seeds.random(config.seed(), DAY, story).nextInt(config.days()));
  }

  private static Map<String, String> identitySlots(SplittableRandom rng, Templates.Kind kind) {
    Map<String, String> slots = new HashMap<>();
    slots.put("place", Names.place(rng));
    slots.put("region", Names.region(rng));
    for (int i = 1; i <= 5; i++) {
      String person = Names.person(rng);
      slots.put("p" + i, person);
      slots.put("s" + i, Names.surname(person));
    }
    slots.put("district", Names.district(rng));
    slots.put("street", Names.street(rng));
    slots.put("landmark", Names.landmark(rng));
    slots.put("org", Fill.slots(Names.pick(rng, kind.orgs()), slots));
    List<String> roles = new ArrayList<>(kind.roles());
    for (int i = 1; i <= 3; i++) {
      slots.put("r" + i, Fill.slots(roles.remove(rng.nextInt(roles.size())), slots));
    }
    return slots;
  }

  private static Map<String, Double> figures(SplittableRandom rng, Templates.Kind kind) {
    Map<String, Double> values = new HashMap<>();
    for (Templates.FigureSlot f : kind.figures()) {
      double v = f.min() + rng.nextDouble() * (f.max() - f.min());
      values.put(f.name(), f.decimal() ? Math.round(v * 10) / 10.0 : Math.round(v));
    }
    return values;
  }

  /**
   * Lead, then a subset of the kind's details, quotes, backgrounds and local colour interleaved as
   * wire copy runs, then generic background until the story is long enough. Each story words its
   * templates its own way (a story-level paraphrase), so two stories of one kind share much of
   * their vocabulary but not whole sentences.
   */
  private List<Canonical> sentences(
      SplittableRandom rng, Templates.Kind kind, Map<String, String> slots) {
    List<String> details = subset(rng, kind.details(), 4);
    List<String> quotes = shuffled(rng, kind.quotes());
    List<String> backgrounds = subset(rng, kind.backgrounds(), 2);
    List<String> local = subset(rng, templates.local(), 4);
    List<String> generic = shuffled(rng, templates.generic());
    List<Canonical> out = new ArrayList<>();
    out.add(canonical("lead", Role.LEAD, Names.pick(rng, kind.leads()), slots, rng));
    int[] next = new int[4];
    String pattern = "dldqdldqbldqblqb";
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case 'd' -> {
          if (next[0] < details.size()) {
            out.add(canonical("d" + next[0], Role.DETAIL, details.get(next[0]++), slots, rng));
          }
        }
        case 'q' -> {
          if (next[1] < quotes.size()) {
            int q = next[1]++;
            out.add(new Canonical("q" + q, Role.QUOTE, null, quotes.get(q), q % 3, rng.nextInt(3)));
          }
        }
        case 'b' -> {
          if (next[2] < backgrounds.size()) {
            out.add(
                canonical("b" + next[2], Role.BACKGROUND, backgrounds.get(next[2]++), slots, rng));
          }
        }
        default -> {
          if (next[3] < local.size()) {
            out.add(canonical("l" + next[3], Role.BACKGROUND, local.get(next[3]++), slots, rng));
          }
        }
      }
    }
    int target = MIN_WORDS + rng.nextInt(MAX_WORDS - MIN_WORDS + 1);
    int words = out.stream().mapToInt(StoryMaker::words).sum();
    for (int g = 0; g < generic.size() && words < target; g++) {
      // Keyed by the template's place in the pool, so an independent version that picks the same
      // template for its own background has the same key (see VersionWriter.independent).
      Canonical c =
          canonical(
              genericKey(templates.generic().indexOf(generic.get(g))),
              Role.BACKGROUND,
              generic.get(g),
              slots,
              rng);
      out.add(c);
      words += words(c);
    }
    return out;
  }

  /**
   * The canonical key of generic background template {@code index} of {@link Templates#generic()}.
   */
  static String genericKey(int index) {
    return "g" + index;
  }

  /** How strongly a story words its templates its own way. */
  private static final double STORY_WORDING = 0.35;

  private static Canonical canonical(
      String key, Role role, String template, Map<String, String> slots, SplittableRandom rng) {
    return new Canonical(
        key, role, Fill.slots(Paraphrase.reword(template, STORY_WORDING, rng), slots), null, -1, 0);
  }

  /** A random subset of at least {@code min} elements (all when fewer), in random order. */
  private static <T> List<T> subset(SplittableRandom rng, List<T> list, int min) {
    List<T> shuffled = shuffled(rng, list);
    int size = Math.min(list.size(), min + rng.nextInt(Math.max(1, list.size() - min + 1)));
    return shuffled.subList(0, size);
  }

  /** Approximate words of a canonical sentence (a figure slot counts as two). */
  static int words(Canonical c) {
    String text = c.role() == Role.QUOTE ? c.quote() + " said the speaker" : c.template();
    return text.split(" ").length;
  }

  private static <T> List<T> shuffled(SplittableRandom rng, List<T> list) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }
}
