package org.storydiff.align;

import java.util.Map;

/**
 * English number words that agencies write out where others use digits ("four people" / "4
 * people"), mapped to the digit norm so both count as the same figure. "one" is left out: it is
 * far more often a pronoun than a count. Immutable and thread-safe.
 */
final class NumberWords {

  private static final Map<String, String> DIGITS =
      Map.ofEntries(
          Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
          Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
          Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
          Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"),
          Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
          Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"),
          Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
          Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("seventy", "70"),
          Map.entry("eighty", "80"), Map.entry("ninety", "90"), Map.entry("hundred", "100"));

  private NumberWords() {}

  /** The digit norm of a lower-cased number word, or null if it is not one. */
  static String digits(String lowerCaseWord) {
    return DIGITS.get(lowerCaseWord);
  }
}
