package org.storydiff.text;

/**
 * Character-level folding of differences of form: curly quotes and apostrophes to straight ones,
 * dashes to '-', non-breaking and other spaces to ' '. Every fold maps one char to one char, so
 * offsets in folded text equal offsets in the original.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String foldPunctuation(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(fold(text.charAt(i)));
    }
    return out.toString();
  }

  static String foldChar(String single) {
    return single.length() == 1 ? String.valueOf(fold(single.charAt(0))) : single;
  }

  public static char fold(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
        return '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return '-';
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\t':
        return ' ';
      default:
        return c;
    }
  }
}
