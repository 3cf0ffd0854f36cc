package org.storydiff.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storydiff.model.Quote;

/** The one-line {@code detail} of quote findings. */
final class QuoteDetail {

  private static final int PREVIEW_WORDS = 12;
  private static final int MAX_EDITS_SHOWN = 4;

  private QuoteDetail() {}

  static String added(Quote q) {
    return label(q) + by(q.speaker()) + ": \"" + preview(q.quote()) + "\" (only in this version)";
  }

  static String omitted(Quote q, int carriers, int otherVersions) {
    return label(q)
        + by(q.speaker())
        + ": \""
        + preview(q.quote())
        + "\" (in "
        + carriers
        + " of "
        + otherVersions
        + " other versions, not here)";
  }

  /** "quote", or "partial quote" for a few quoted words inside the reporter's sentence. */
  static String label(Quote q) {
    return q.partial() ? "partial quote" : "quote";
  }

  static String speaker(String theirs, String mine) {
    return "speaker: " + theirs + " → " + mine;
  }

  /**
   * What this version's wording did to the other's: shortened (only words cut, at the ends or
   * between the pieces it quotes), lengthened (only words added), or which words changed; words cut
   * at either end are not listed among the changes.
   */
  static String wording(List<String> theirs, List<String> mine) {
    List<AbstractDelta<String>> deltas = DiffUtils.diff(theirs, mine).getDeltas();
    if (deltas.stream().allMatch(d -> d.getTarget().size() == 0)) {
      // Words cut inside the quote are named: "not" dropped from a sentence changes its sense.
      List<String> inside = new ArrayList<>();
      for (AbstractDelta<String> d : deltas) {
        if (d.getSource().getPosition() > 0 && d.getSource().last() < theirs.size() - 1) {
          inside.add("\"" + String.join(" ", d.getSource().getLines()) + "\"");
        }
      }
      String cut =
          "shortened: " + (theirs.size() - mine.size()) + " of " + theirs.size() + " words cut";
      return inside.isEmpty() || inside.size() > MAX_EDITS_SHOWN
          ? cut
          : cut + " (dropped " + String.join(", ", inside) + ")";
    }
    if (deltas.stream().allMatch(d -> d.getSource().size() == 0)) {
      List<String> inside = new ArrayList<>();
      for (AbstractDelta<String> d : deltas) {
        if (d.getTarget().getPosition() > 0 && d.getTarget().last() < mine.size() - 1) {
          inside.add("\"" + String.join(" ", d.getTarget().getLines()) + "\"");
        }
      }
      String more =
          "longer: " + (mine.size() - theirs.size()) + " words more than " + theirs.size();
      return inside.isEmpty() || inside.size() > MAX_EDITS_SHOWN
          ? more
          : more + " (added " + String.join(", ", inside) + ")";
    }
    List<String> edits = new ArrayList<>();
    for (AbstractDelta<String> delta : deltas) {
      String before = String.join(" ", delta.getSource().getLines());
      String after = String.join(" ", delta.getTarget().getLines());
      boolean atEnd =
          delta.getSource().getPosition() == 0 || delta.getSource().last() == theirs.size() - 1;
      if (before.isEmpty()) {
        edits.add("added \"" + after + "\"");
      } else if (after.isEmpty()) {
        if (!atEnd) {
          edits.add("dropped \"" + before + "\"");
        }
      } else {
        edits.add("\"" + before + "\" → \"" + after + "\"");
      }
    }
    String shown = String.join(", ", edits.subList(0, Math.min(MAX_EDITS_SHOWN, edits.size())));
    return "reworded: " + shown + (edits.size() > MAX_EDITS_SHOWN ? ", …" : "");
  }

  private static String by(String speaker) {
    return speaker == null ? "" : " by " + speaker;
  }

  private static String preview(String quote) {
    String[] words = quote.trim().split("\\s+");
    if (words.length <= PREVIEW_WORDS) {
      return quote.trim();
    }
    return String.join(" ", Arrays.copyOf(words, PREVIEW_WORDS)) + " …";
  }
}
