package org.storydiff.model;

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
    String speakerHow)
    implements Fact {

  public Quote {
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quote, "quote");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span " + start + ".." + end);
    }
    if (speaker == null && (speakerMention != null || speakerName != null)) {
      throw new IllegalArgumentException("a quote with a speaker mention or name needs a speaker");
    }
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
