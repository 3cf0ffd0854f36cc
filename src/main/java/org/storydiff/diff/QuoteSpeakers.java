package org.storydiff.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.extract.SpeakerVariants;
import org.storydiff.model.Quote;

/**
 * The one decision of whether two versions give one quote the same speaker. Speakers compare as
 * entities by their resolved names through {@link SpeakerVariants} (spelling, transliteration,
 * titles, initials, acronyms the story's versions expand), never as strings; a version whose
 * speaker is unresolved has no say. A difference is {@link Relation#CERTAIN} only when both
 * versions name their speaker at the quote and both names are names, not descriptions. Not
 * thread-safe across stories: one per story.
 */
final class QuoteSpeakers {

  /** How two versions' speakers of one quote relate. */
  enum Relation {
    /** One entity, however written; or a side has no resolved speaker. */
    SAME_OR_UNKNOWN,
    /** Different entities, both named at the quote: a speaker change. */
    CERTAIN,
    /**
     * Different as read, but a side is a pronoun, an inherited speaker, a description or a lone
     * word.
     */
    UNSURE
  }

  private final SpeakerVariants variants;

  QuoteSpeakers(StoryIndex index) {
    Map<String, String> acronyms = new HashMap<>();
    for (int v = 0; v < index.size(); v++) {
      SpeakerVariants.acronyms(index.version(v).body()).forEach(acronyms::putIfAbsent);
    }
    this.variants = new SpeakerVariants(acronyms);
  }

  /**
   * Entity classes of the versions' speakers: versions whose speakers name one entity share a class
   * id; versions without a resolved speaker are left out, so they never differ.
   */
  Map<Integer, Integer> classes(Map<Integer, Quote> speakerOf) {
    Map<Integer, Integer> out = new HashMap<>();
    List<String> representatives = new ArrayList<>();
    speakerOf.keySet().stream()
        .sorted()
        .forEach(
            v -> {
              String name = speakerOf.get(v).speakerName();
              if (name == null) {
                return;
              }
              int cls = -1;
              for (int r = 0; r < representatives.size() && cls < 0; r++) {
                if (variants.same(representatives.get(r), name)) {
                  cls = r;
                }
              }
              if (cls < 0) {
                representatives.add(name);
                cls = representatives.size() - 1;
              }
              out.put(v, cls);
            });
    return out;
  }

  /** How {@code a}'s speaker relates to {@code b}'s. */
  Relation compare(Quote a, Quote b) {
    if (a.speakerName() == null
        || b.speakerName() == null
        || variants.same(a.speakerName(), b.speakerName())) {
      return Relation.SAME_OR_UNKNOWN;
    }
    return named(a) && named(b) ? Relation.CERTAIN : Relation.UNSURE;
  }

  /**
   * Named at the quote by a name, not a description; a person's name of one word ("Zhang",
   * "Muhammad") is no certain identity either: the article never gave the full name, and a lone
   * word may be a fragment of one.
   */
  private static boolean named(Quote q) {
    String name = q.speakerName();
    boolean loneWord = name.strip().split("\\s+").length == 1;
    boolean organisation = "organisation".equals(SpeakerVariants.typeOf(name));
    return q.speakerNamedHere() && SpeakerVariants.isName(name) && (organisation || !loneWord);
  }
}
