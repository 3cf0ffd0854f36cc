package org.storydiff.align;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the aligner knows about one non-boilerplate sentence: its content terms and the features
 * that separate "same statement" from "different statement". Immutable.
 *
 * @param index the sentence's position in its article's sentence list
 * @param terms content terms (light stems of non-stop words; numbers as {@code "#" + norm}) with
 *     the strongest role each plays in the sentence; iteration order is first occurrence
 * @param numbersByUnit number norms grouped by the stem of the content word that follows them ("35
 *     people" gives people -> {35}); numbers with no such word are absent here
 * @param names stems of capitalized names (story-level decision, see {@link ProfileBuilder})
 * @param quotedWords norms of every word and number inside double quotes, stop words included, in
 *     order: a quote's wording is compared word for word
 * @param qualifiers figure qualifiers in order of appearance ("at least", "more than", ...)
 * @param negated whether the sentence contains a negation outside quotes
 */
record SentenceProfile(
    int index,
    Map<String, TermKind> terms,
    Map<String, Set<String>> numbersByUnit,
    Set<String> names,
    List<String> quotedWords,
    List<String> qualifiers,
    boolean negated) {

  SentenceProfile {
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    numbersByUnit = Map.copyOf(numbersByUnit);
    names = Set.copyOf(names);
    quotedWords = List.copyOf(quotedWords);
    qualifiers = List.copyOf(qualifiers);
  }
}
