package org.storydiff.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Evidence;
import org.storydiff.model.Fact;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactKind;
import org.storydiff.model.Figure;
import org.storydiff.model.Finding;
import org.storydiff.model.Quote;
import org.storydiff.model.Rejection;
import org.storydiff.model.Sentence;
import org.storydiff.model.StoryResult;
import org.storydiff.model.VersionLineage;

/**
 * The contract's output rows, built from one story's result as plain values in the order of the
 * dataset's columns (the contract's names, listed on each method; {@code spark.OutputSchemas} holds
 * the same names and types). A value is a {@code String}, {@code Integer}, {@code Double} or null;
 * a nested struct is an {@code Object[]} in its own column order and an array of structs a {@code
 * List<Object[]>}. Plain values instead of JSON text let the writer skip printing and re-parsing
 * every row. Extra fields (sentence kinds, paragraph, valueMin/valueMax, date, time, groupId, the
 * speaker's type and how it was found) are additions the contract allows. Thread-safe.
 */
public final class DatasetRows {

  private DatasetRows() {}

  /**
   * {@code articleId, storyId, source, title, published, url, language, languageSource, sentences:
   * [{start, end, paragraph, kind}]}.
   */
  public static List<Object[]> articles(StoryResult story) {
    List<Object[]> rows = new ArrayList<>();
    for (AnalyzedArticle v : story.versions()) {
      List<Object[]> sentences = new ArrayList<>(v.sentences().size());
      for (Sentence s : v.sentences()) {
        sentences.add(
            new Object[] {
              s.start(), s.end(), s.paragraph(), s.kind().name().toLowerCase(Locale.ROOT)
            });
      }
      rows.add(
          new Object[] {
            v.id(),
            story.storyId(),
            v.article().source(),
            v.article().title(),
            v.article().published(),
            v.article().url(),
            v.article().language(),
            v.article().languageSource() == null ? null : v.article().languageSource().code(),
            sentences
          });
    }
    return rows;
  }

  /**
   * {@code storyId, articleId, derivedFrom, derivation, share, copiedSentences: [{sentence,
   * fromArticleId, fromSentence}], credits}: one row per version of a multi-version story.
   */
  public static List<Object[]> lineage(StoryResult story) {
    List<Object[]> rows = new ArrayList<>(story.lineage().size());
    for (VersionLineage l : story.lineage()) {
      List<Object[]> copied = new ArrayList<>(l.copiedSentences().size());
      for (VersionLineage.CopiedSentence c : l.copiedSentences()) {
        copied.add(new Object[] {c.sentence(), c.fromArticleId(), c.fromSentence()});
      }
      rows.add(
          new Object[] {
            story.storyId(),
            l.articleId(),
            l.derivedFrom(),
            l.derivation().label(),
            l.share(),
            copied,
            l.credits()
          });
    }
    return rows;
  }

  /** {@code storyId, articleA, sentenceA, articleB, sentenceB, score, relation}. */
  public static List<Object[]> alignments(StoryResult story) {
    List<Object[]> rows = new ArrayList<>(story.alignments().size());
    for (Alignment a : story.alignments()) {
      rows.add(
          new Object[] {
            story.storyId(),
            a.articleA(),
            a.sentenceA(),
            a.articleB(),
            a.sentenceB(),
            a.score(),
            a.relation().wireName()
          });
    }
    return rows;
  }

  /**
   * {@code storyId, articleId, factId, kind, start, end, text, sentence, value, valueMin, valueMax,
   * unit, currency, qualifier, source, date, time, quote, speaker, speakerMention, speakerName,
   * groupId, speakerType, speakerHow, passages: [{passageId, start, end, quote, continues}]}; the
   * fields of the other kind of fact are null ({@code source} is the figure's attribution). {@code
   * groupId} is the fact's {@link FactGroup}; a fact the diff did not group (a headline's, a
   * caption's, a story of one article's) is its own.
   */
  public static List<Object[]> facts(StoryResult story) {
    Map<String, String> groupOfFact = new HashMap<>();
    for (FactGroup g : story.groups()) {
      if (g.kind() != FactKind.STATEMENT) {
        g.members().forEach(m -> groupOfFact.put(m.id(), g.groupId()));
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (AnalyzedArticle v : story.versions()) {
      for (Fact f : v.facts()) {
        String groupId =
            groupOfFact.getOrDefault(f.factId(), FactGroup.idOf(story.storyId(), f.factId()));
        rows.add(fact(story.storyId(), v.id(), f, groupId));
      }
    }
    return rows;
  }

  private static Object[] fact(String storyId, String articleId, Fact f, String groupId) {
    Object[] row = new Object[25];
    row[0] = storyId;
    row[1] = articleId;
    row[2] = f.factId();
    row[3] = f.kind().wireName();
    row[4] = f.start();
    row[5] = f.end();
    row[6] = f.text();
    row[7] = f.sentence();
    if (f instanceof Figure g) {
      row[8] = g.value();
      row[9] = g.valueMin();
      row[10] = g.valueMax();
      row[11] = g.unit();
      row[12] = g.currency();
      row[13] = g.qualifier();
      row[14] = g.attribution();
      row[15] = g.date();
      row[16] = g.time();
    } else if (f instanceof Quote q) {
      row[17] = q.quote();
      row[18] = q.speaker();
      row[19] = q.speakerMention();
      row[20] = q.speakerName();
      row[22] = q.speakerType();
      row[23] = q.speakerHow();
      List<Object[]> passages = new ArrayList<>(q.passages().size());
      for (Quote.Passage p : q.passages()) {
        passages.add(new Object[] {p.passageId(), p.start(), p.end(), p.quote(), p.continues()});
      }
      row[24] = passages;
    }
    row[21] = groupId;
    return row;
  }

  /**
   * {@code storyId, articleId, source, change, kind, start, end, text, others: [{articleId, start,
   * end, text}], detail, groupId, confidence}.
   */
  public static List<Object[]> changes(StoryResult story) {
    List<Object[]> rows = new ArrayList<>(story.findings().size());
    for (Finding f : story.findings()) {
      List<Object[]> others = new ArrayList<>(f.others().size());
      for (Evidence e : f.others()) {
        others.add(new Object[] {e.articleId(), e.start(), e.end(), e.text()});
      }
      rows.add(
          new Object[] {
            f.storyId(),
            f.articleId(),
            f.source(),
            f.change().wireName(),
            f.kind().wireName(),
            f.start(),
            f.end(),
            f.text(),
            others,
            f.detail(),
            f.groupId(),
            f.confidence() == null ? null : f.confidence().wireName()
          });
    }
    return rows;
  }

  /** {@code input, reason}. */
  public static Object[] rejected(Rejection r) {
    return new Object[] {r.input(), r.reason()};
  }
}
