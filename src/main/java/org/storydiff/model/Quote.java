package org.storydiff.model;

import java.util.List;
import java.util.Objects;

/**
 * A quote. {@code [start, end)} covers the quotation including its marks; {@link #quote()} is the
 * quoted words without the marks (for a quote interrupted or continued after its attribution, the
 * parts joined by a single space). A direct quote (kind "quote") gives the speaker's own words as
 * the utterance; a partial quote (kind "partial-quote") is a few quoted words embedded in the
 * reporter's sentence ({@code dismissed him as "a disgruntled former employee"}).
 *
 * @param speaker who is quoted, for reading: the resolved name, followed by the mention in
 *     parentheses when the text names the speaker otherwise ({@code Ria Holt (she)}); null when the
 *     quote has no attribution
 * @param speakerMention the speaker as the text names them ("she", "the minister", "Reznikov", "a
 *     Kremlin spokesman"), or null when there is no attribution
 * @param speakerName the person or body the mention resolves to: a name ("Oleksiy Reznikov"), or
 *     the describing phrase when the text gives no name ("a Kremlin spokesman"); null when there is
 *     no attribution or a pronoun or title could not be resolved
 * @param partial true for a partial quote, false for a direct one
 * @param speakerType what the speaker entity is, {@code person} or {@code organisation}; null when
 *     there is no attribution
 * @param speakerHow how the speaker was found: {@code explicit} (named at the verb of saying),
 *     {@code apposition} ({@code Name, a description, said}), {@code title+surname} ({@code Mr.
 *     Hawes said}, a lone surname or acronym resolved to the fuller name the article gives), {@code
 *     pronoun} ({@code he said}), {@code spokesperson-for} ({@code a spokesperson for X said}),
 *     {@code adjacent} (a bare quote whose speaker is named by the verb of saying in the sentence
 *     before: {@code Ruiz said the plan failed. "We lost a year."}) or {@code none}
 * @param passages the quotation's marked passages in body order, at least one: a quote interrupted
 *     or continued after its attribution ({@code "A," she said. "B."}) has one per marked piece,
 *     each after the first continuing the one before; the quote itself is the joined whole, which
 *     the diff compares
 */
public record Quote(
    String factId,
    int sentence,
    int start,
    int end,
    String text,
    String quote,
    String speaker,
    String speakerMention,
    String speakerName,
    boolean partial,
    String speakerType,
    String speakerHow,
    List<Passage> passages)
    implements Fact {

  /**
   * One marked passage of a quotation, as news-quote corpora and editors count quotes: {@code "A,"}
   * and {@code "B."} in {@code "A," she said. "B."}.
   *
   * @param passageId {@code <factId>.1}, {@code .2}, ... in body order
   * @param start where the passage starts in the body, its opening mark included
   * @param end where it ends, exclusive, its closing mark included
   * @param quote the passage's words without the marks
   * @param continues the id of the passage this one continues (same quotation, same speaker), or
   *     null for the first
   */
  public record Passage(String passageId, int start, int end, String quote, String continues) {
    public Passage {
      Objects.requireNonNull(passageId, "passageId");
      Objects.requireNonNull(quote, "quote");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad passage span " + start + ".." + end);
      }
    }
  }

  public Quote {
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quote, "quote");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span " + start + ".." + end);
    }
    passages =
        passages == null || passages.isEmpty()
            ? List.of(new Passage(factId + ".1", start, end, quote, null))
            : List.copyOf(passages);
    if (passages.get(0).start() != start || passages.get(passages.size() - 1).end() != end) {
      throw new IllegalArgumentException("passages must span the quote " + start + ".." + end);
    }
    if (speaker == null && (speakerMention != null || speakerName != null)) {
      throw new IllegalArgumentException("a quote with a speaker mention or name needs a speaker");
    }
  }

  /** A quote of one passage. */
  public Quote(
      String factId,
      int sentence,
      int start,
      int end,
      String text,
      String quote,
      String speaker,
      String speakerMention,
      String speakerName,
      boolean partial,
      String speakerType,
      String speakerHow) {
    this(
        factId,
        sentence,
        start,
        end,
        text,
        quote,
        speaker,
        speakerMention,
        speakerName,
        partial,
        speakerType,
        speakerHow,
        List.of());
  }

  /** A quote without entity details (type, how found). */
  public Quote(
      String factId,
      int sentence,
      int start,
      int end,
      String text,
      String quote,
      String speaker,
      String speakerMention,
      String speakerName,
      boolean partial) {
    this(
        factId,
        sentence,
        start,
        end,
        text,
        quote,
        speaker,
        speakerMention,
        speakerName,
        partial,
        null,
        speaker == null ? "none" : "explicit");
  }

  /** A direct quote whose speaker is named as written (mention and name both {@code speaker}). */
  public Quote(
      String factId, int sentence, int start, int end, String text, String quote, String speaker) {
    this(factId, sentence, start, end, text, quote, speaker, speaker, speaker, false);
  }

  /**
   * Whether the text names the speaker at this quote ({@code explicit}, {@code apposition}, {@code
   * title+surname} or {@code spokesperson-for}), not only through a pronoun or not at all.
   */
  public boolean speakerNamedHere() {
    return speakerName != null
        && speakerHow != null
        && switch (speakerHow) {
          case "explicit", "apposition", "title+surname", "spokesperson-for" -> true;
          default -> false;
        };
  }

  @Override
  public FactKind kind() {
    return partial ? FactKind.PARTIAL_QUOTE : FactKind.QUOTE;
  }
}
