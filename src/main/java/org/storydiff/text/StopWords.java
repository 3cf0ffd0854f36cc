package org.storydiff.text;

import java.util.Set;

/** English function words that carry no content for similarity or blocking. */
public final class StopWords {

  private static final Set<String> WORDS =
      Set.of(
          "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
          "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
          "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
          "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
          "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
          "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor",
          "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
          "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
          "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
          "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
          "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
          "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "said",
          "says", "say", "told", "according", "mr", "mrs", "ms", "s", "t", "'s", "who's", "it's",
          "one", "new", "may", "might", "must", "shall", "since", "yet", "still", "however",
          "around", "many", "much", "within", "without", "upon", "among", "per", "via");

  private StopWords() {}

  /** True for a lower-cased function word. */
  public static boolean contains(String lowerCaseWord) {
    return WORDS.contains(lowerCaseWord);
  }
}
