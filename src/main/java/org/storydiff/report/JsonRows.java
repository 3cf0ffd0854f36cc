package org.storydiff.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Evidence;
import org.storydiff.model.Fact;
import org.storydiff.model.Figure;
import org.storydiff.model.Finding;
import org.storydiff.model.Quote;
import org.storydiff.model.Rejection;
import org.storydiff.model.Sentence;
import org.storydiff.model.StoryResult;

/**
 * The contract's output rows as JSON objects, one line each, built from one story's result. Field
 * names here are the contract; extra fields (sentence kinds, paragraph, attribution, valueMin/valueMax, date, time) are
 * additions the contract allows. Null fields are written as null, not dropped. Thread-safe.
 */
public final class JsonRows {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonRows() {}

  public static List<String> articles(StoryResult story) {
    List<String> rows = new ArrayList<>();
    for (AnalyzedArticle v : story.versions()) {
      ObjectNode row = MAPPER.createObjectNode();
      row.put("articleId", v.id());
      row.put("storyId", story.storyId());
      row.put("source", v.article().source());
      row.put("title", v.article().title());
      row.put("published", v.article().published());
      row.put("url", v.article().url());
      row.put("language", v.article().language());
      ArrayNode sentences = row.putArray("sentences");
      for (Sentence s : v.sentences()) {
        sentences.addObject().put("start", s.start()).put("end", s.end())
            .put("paragraph", s.paragraph()).put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      rows.add(write(row));
    }
    return rows;
  }

  public static List<String> alignments(StoryResult story) {
    List<String> rows = new ArrayList<>();
    for (Alignment a : story.alignments()) {
      ObjectNode row = MAPPER.createObjectNode();
      row.put("storyId", story.storyId());
      row.put("articleA", a.articleA());
      row.put("sentenceA", a.sentenceA());
      row.put("articleB", a.articleB());
      row.put("sentenceB", a.sentenceB());
      row.put("score", a.score());
      row.put("relation", a.relation().wireName());
      rows.add(write(row));
    }
    return rows;
  }

  public static List<String> facts(StoryResult story) {
    List<String> rows = new ArrayList<>();
    for (AnalyzedArticle v : story.versions()) {
      for (Fact f : v.facts()) {
        rows.add(write(fact(story.storyId(), v.id(), f)));
      }
    }
    return rows;
  }

  private static ObjectNode fact(String storyId, String articleId, Fact f) {
    ObjectNode row = MAPPER.createObjectNode();
    row.put("storyId", storyId);
    row.put("articleId", articleId);
    row.put("factId", f.factId());
    row.put("kind", f.kind().wireName());
    row.put("start", f.start());
    row.put("end", f.end());
    row.put("text", f.text());
    row.put("sentence", f.sentence());
    if (f instanceof Figure g) {
      row.put("value", g.value());
      row.put("valueMin", g.valueMin());
      row.put("valueMax", g.valueMax());
      row.put("unit", g.unit());
      row.put("qualifier", g.qualifier());
      row.put("attribution", g.attribution());
      row.put("date", g.date());
      row.put("time", g.time());
    } else if (f instanceof Quote q) {
      row.put("quote", q.quote());
      row.put("speaker", q.speaker());
      row.put("speakerMention", q.speakerMention());
      row.put("speakerName", q.speakerName());
    }
    return row;
  }

  public static List<String> changes(StoryResult story) {
    List<String> rows = new ArrayList<>();
    for (Finding f : story.findings()) {
      ObjectNode row = MAPPER.createObjectNode();
      row.put("storyId", f.storyId());
      row.put("articleId", f.articleId());
      row.put("source", f.source());
      row.put("change", f.change().wireName());
      row.put("kind", f.kind().wireName());
      row.put("start", f.start());
      row.put("end", f.end());
      row.put("text", f.text());
      ArrayNode others = row.putArray("others");
      for (Evidence e : f.others()) {
        others.addObject().put("articleId", e.articleId()).put("start", e.start())
            .put("end", e.end()).put("text", e.text());
      }
      row.put("detail", f.detail());
      rows.add(write(row));
    }
    return rows;
  }

  public static String rejected(Rejection r) {
    return write(MAPPER.createObjectNode().put("input", r.input()).put("reason", r.reason()));
  }

  private static String write(ObjectNode row) {
    try {
      return MAPPER.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize output row", e);
    }
  }
}
