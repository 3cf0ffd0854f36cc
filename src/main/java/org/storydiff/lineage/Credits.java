package org.storydiff.lineage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;

/**
 * The agencies and outlets a version credits in its own text: a dateline's "(Reuters)", a credit
 * line's "Source: Al Jazeera and news agencies" or "The Associated Press contributed to this
 * report", a closing "with AFP" line, and "compiled from agency copy" (credited as "news
 * agencies"). Bylines ("Reporting by ...") name people, not sources, and are skipped. Stateless and
 * thread-safe.
 */
public final class Credits {

  private static final Pattern PARENTHESIZED = Pattern.compile("\\(([^()]{2,60})\\)");
  private static final Pattern SOURCE_LINE =
      Pattern.compile(
          "(?i)^[(\\[]?\\s*(?:sources?|compiled\\s+by)\\s*:?\\s*(.{2,120}?)[)\\].\\s]*$");
  private static final Pattern CONTRIBUTED =
      Pattern.compile("^(.{2,120}?)\\s+contributed (?:reporting )?to this (?:report|story)");
  private static final Pattern WITH_LINE =
      Pattern.compile(
          "(?i)^[-–—(\\[\\s]*(?:with|additional reporting from)\\s+(.{2,60}?)[)\\].\\s]*$");
  private static final Pattern AGENCY_COPY =
      Pattern.compile(
          "(?i)\\b(?:compiled|based)\\s+(?:from|on)\\s+(?:wire|agency|news\\s+agency)\\s+"
              + "(?:copy|reports|material)");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|/|&|\\band\\b)\\s*");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^the\\s+");
  private static final String NEWS_AGENCIES = "news agencies";

  private Credits() {}

  /** The credits of {@code version}, without repeats, in order of appearance. */
  public static List<String> of(AnalyzedArticle version) {
    Set<String> out = new LinkedHashSet<>();
    List<Sentence> sentences = version.sentences();
    for (Sentence s : sentences) {
      String text = version.sentenceText(s.index()).strip();
      if (s.kind() == SentenceKind.DATELINE) {
        Matcher m = PARENTHESIZED.matcher(text);
        while (m.find()) {
          addNames(out, m.group(1));
        }
      } else if (s.kind() == SentenceKind.CREDIT) {
        Matcher source = SOURCE_LINE.matcher(text);
        Matcher contributed = CONTRIBUTED.matcher(text);
        if (source.matches()) {
          addNames(out, source.group(1));
        } else if (contributed.find()) {
          addNames(out, contributed.group(1));
        }
      } else if (s.index() == sentences.size() - 1 || s.kind() == SentenceKind.HEADLINE) {
        Matcher with = WITH_LINE.matcher(text);
        if (with.matches()) {
          addNames(out, with.group(1));
        }
      }
      if (AGENCY_COPY.matcher(text).find()) {
        out.add(NEWS_AGENCIES);
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code credits} name {@code source}: one name contains the other, ignoring case. */
  public static boolean credit(List<String> credits, String source) {
    if (source == null || source.isBlank()) {
      return false;
    }
    String s = source.strip().toLowerCase(java.util.Locale.ROOT);
    for (String c : credits) {
      String lc = c.toLowerCase(java.util.Locale.ROOT);
      if (lc.contains(s) || s.contains(lc)) {
        return !lc.equals(NEWS_AGENCIES);
      }
    }
    return false;
  }

  private static void addNames(Set<String> out, String list) {
    List<String> names = new ArrayList<>();
    for (String part : LIST_SEPARATOR.split(list.strip())) {
      String name = LEADING_ARTICLE.matcher(part.strip()).replaceFirst("");
      if (name.equalsIgnoreCase("news agencies") || name.equalsIgnoreCase("agencies")) {
        names.add(NEWS_AGENCIES);
      } else if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0))) {
        names.add(name);
      }
    }
    out.addAll(names);
  }
}
