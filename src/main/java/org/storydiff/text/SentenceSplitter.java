package org.storydiff.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;

/** PLACEHOLDER (replaced by the real splitter): paragraphs on blank lines, naive sentence ends. */
public final class SentenceSplitter {

  private static final Pattern PARAGRAPH = Pattern.compile("\\S(?:.|\\n(?!\\s*\\n))*", Pattern.DOTALL);
  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+[\"'\u201D\u2019]?|$)");

  public List<Sentence> split(String body) {
    List<Sentence> out = new ArrayList<>();
    Matcher p = PARAGRAPH.matcher(body);
    int paragraph = 0;
    while (p.find()) {
      Matcher s = SENTENCE.matcher(body).region(p.start(), p.end());
      while (s.find()) {
        int start = s.start();
        int end = s.end();
        while (start < end && Character.isWhitespace(body.charAt(start))) start++;
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) end--;
        if (end > start) {
          out.add(new Sentence(out.size(), start, end, paragraph, SentenceKind.BODY));
        }
      }
      paragraph++;
    }
    return out;
  }
}
