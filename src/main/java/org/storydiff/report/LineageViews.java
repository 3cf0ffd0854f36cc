package org.storydiff.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.lineage.LineageFinder;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.StoryResult;
import org.storydiff.model.VersionLineage;
import org.storydiff.model.VersionLineage.Derivation;
import org.storydiff.report.StoryPageView.LineageRow;

/**
 * What a story page and the index show of {@code lineage/}: who copied whom, each version's own
 * share of its body and its credits; which sentences were copied, and from where; and the note on a
 * pickup's findings (what a wholly derived version adds is what the pickup added, not news the
 * source lacked). Versions with no lineage row (a story that failed) count as their own. Stateless.
 */
final class LineageViews {

  private LineageViews() {}

  /** One row per compared version, in column order. */
  static List<LineageRow> rows(PageContext page) {
    List<LineageRow> rows = new ArrayList<>();
    Map<String, VersionLineage> byId = byId(page.story());
    for (int v = 0; v < page.versions().size(); v++) {
      AnalyzedArticle version = page.version(v);
      VersionLineage l = byId.get(version.id());
      boolean derived = l != null && l.derivation() != Derivation.NONE;
      String from = derived ? l.derivedFrom() : "";
      int fromIndex = derived ? page.versionOf(from) : -1;
      rows.add(
          new LineageRow(
              version.article().source(),
              version.id(),
              derived,
              fromIndex >= 0 ? page.source(fromIndex) : "",
              from,
              derived ? l.derivation().label() : Derivation.NONE.label(),
              ownPercent(version, l),
              l == null ? 0 : l.copiedSentences().size(),
              l == null ? "" : String.join(", ", l.credits()),
              l != null && !l.credits().isEmpty()));
    }
    return rows;
  }

  /**
   * Where each copied sentence came from, keyed by {@code articleId + "#" + sentence}: "AP,
   * sentence 4" (the source's sentence number as the page shows it).
   */
  static Map<String, String> copiedFrom(PageContext page) {
    Map<String, String> out = new HashMap<>();
    for (VersionLineage l : page.story().lineage()) {
      for (VersionLineage.CopiedSentence c : l.copiedSentences()) {
        int from = page.versionOf(c.fromArticleId());
        String source = from >= 0 ? page.source(from) : c.fromArticleId();
        out.put(key(l.articleId(), c.sentence()), source + ", sentence " + (c.fromSentence() + 1));
      }
    }
    return out;
  }

  static String key(String articleId, int sentence) {
    return articleId + "#" + sentence;
  }

  /**
   * The note for each wholly derived version's findings, by article id: what they mean (a version
   * not in the map gets none).
   */
  static Map<String, String> pickupNotes(PageContext page) {
    Map<String, String> notes = new HashMap<>();
    for (VersionLineage l : page.story().lineage()) {
      if (l.derivation() == Derivation.WHOLLY) {
        int from = page.versionOf(l.derivedFrom());
        String source = from >= 0 ? page.source(from) : l.derivedFrom();
        notes.put(
            l.articleId(),
            "A pickup of "
                + source
                + " ("
                + l.derivedFrom()
                + "): what it adds is the pickup's own, what it lacks was cut from that copy.");
      }
    }
    return notes;
  }

  /** The share of the story's body sentences, over all versions, that are their version's own. */
  static int storyOwnPercent(StoryResult story) {
    Map<String, VersionLineage> byId = byId(story);
    int body = 0;
    int copied = 0;
    for (AnalyzedArticle v : story.versions()) {
      int n = LineageFinder.bodySentences(v);
      VersionLineage l = byId.get(v.id());
      body += n;
      copied += l == null ? 0 : Math.min(n, l.copiedSentences().size());
    }
    return body == 0 ? 100 : (int) Math.round(100.0 * (body - copied) / body);
  }

  /** How many versions of the story copy another (wholly or partially). */
  static int derivedVersions(StoryResult story) {
    return (int) story.lineage().stream().filter(l -> l.derivation() != Derivation.NONE).count();
  }

  private static int ownPercent(AnalyzedArticle version, VersionLineage l) {
    return l == null
        ? 100
        : (int) Math.round(100 * l.ownShare(LineageFinder.bodySentences(version)));
  }

  private static Map<String, VersionLineage> byId(StoryResult story) {
    Map<String, VersionLineage> byId = new HashMap<>();
    story.lineage().forEach(l -> byId.put(l.articleId(), l));
    return byId;
  }
}
