package org.storydiff.extract;

/**
 * What a quotation is to its sentence. {@link #DIRECT}: the quoted words are the reported utterance
 * itself, opening a paragraph or sentence, following a colon, a verb of saying or {@code said,}, or
 * continued after their attribution. {@link #PARTIAL}: a few quoted words embedded in the
 * reporter's own sentence ({@code dismissed him as "a disgruntled former employee"}).
 */
enum QuoteRole {
  DIRECT,
  PARTIAL
}
