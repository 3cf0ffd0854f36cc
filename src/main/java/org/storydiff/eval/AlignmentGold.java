package org.storydiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Relation;
import org.storydiff.model.Sentence;

/**
 * Hand-made sentence alignments of whole stories. The file lists, per story, its articles and its
 * statements; a statement lists the sentences (article id and a fragment of the sentence's text,
 * unique in the article) that make it, each with a variant letter. Every two sentences of one
 * statement in different articles should align; their relation is {@code same} when they share the
 * variant letter and {@code changed} otherwise. A statement marked {@code "possible": true} holds
 * pairs that may align without being required (a sentence sharing only a secondary clause):
 * predicting them is not an error, missing them is not either.
 *
 * <p>Fragments rather than sentence numbers keep the gold readable and independent of how a
 * sentence splitter numbers sentences; a fragment that is missing, repeated, or spans two sentences
 * is an error naming the entry.
 */
public final class AlignmentGold {

  /** One story's gold: its articles, the required pairs with their relation, and optional pairs. */
  public record Story(
      String name,
      List<String> articles,
      Map<SentencePair, Relation> sure,
      List<SentencePair> possible) {}

  /** A statement's member before resolution: article, fragment, variant (null when possible). */
  record Member(String article, String fragment, String variant) {}

  /** A statement before resolution. */
  record Statement(String about, boolean possible, List<Member> members) {}

  /** A story before resolution. */
  record RawStory(String name, List<String> articles, List<Statement> statements) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private AlignmentGold() {}

  public static List<RawStory> read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    List<RawStory> stories = new ArrayList<>();
    for (JsonNode s : root.path("stories")) {
      List<String> articles = new ArrayList<>();
      s.path("articles").forEach(a -> articles.add(a.asText()));
      List<Statement> statements = new ArrayList<>();
      for (JsonNode st : s.path("statements")) {
        boolean possible = st.path("possible").asBoolean(false);
        List<Member> members = new ArrayList<>();
        for (JsonNode m : st.path("sentences")) {
          members.add(
              new Member(
                  m.get(0).asText(), m.get(1).asText(), possible ? null : m.get(2).asText()));
        }
        statements.add(new Statement(st.path("about").asText(), possible, members));
      }
      stories.add(new RawStory(s.path("story").asText(), articles, statements));
    }
    return stories;
  }

  /**
   * Turns fragments into sentence numbers of the analyzed articles.
   *
   * @throws IllegalArgumentException naming the entry when a fragment does not resolve
   */
  public static Story resolve(RawStory raw, Map<String, AnalyzedArticle> articles) {
    Map<SentencePair, Relation> sure = new TreeMap<>();
    List<SentencePair> possible = new ArrayList<>();
    for (Statement st : raw.statements()) {
      Map<Member, Integer> index = new LinkedHashMap<>();
      for (Member m : st.members()) {
        index.put(m, sentenceOf(raw.name(), m, articles.get(m.article())));
      }
      List<Member> members = st.members();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          Member x = members.get(i);
          Member y = members.get(j);
          if (x.article().equals(y.article())) {
            continue;
          }
          SentencePair pair = SentencePair.of(x.article(), index.get(x), y.article(), index.get(y));
          if (st.possible()) {
            possible.add(pair);
          } else {
            Relation r = x.variant().equals(y.variant()) ? Relation.SAME : Relation.CHANGED;
            sure.merge(pair, r, (old, now) -> old == Relation.CHANGED ? old : now);
          }
        }
      }
    }
    possible.removeIf(sure::containsKey);
    return new Story(
        raw.name(), raw.articles(), sure, possible.stream().distinct().sorted().toList());
  }

  private static int sentenceOf(String story, Member m, AnalyzedArticle article) {
    if (article == null) {
      throw new IllegalArgumentException(story + ": article not in the input: " + m.article());
    }
    String body = article.body();
    int at = body.indexOf(m.fragment());
    if (at < 0 || body.indexOf(m.fragment(), at + 1) >= 0) {
      throw new IllegalArgumentException(
          story
              + ": fragment "
              + (at < 0 ? "not found" : "not unique")
              + " in "
              + m.article()
              + ": \""
              + m.fragment()
              + "\"");
    }
    for (Sentence s : article.sentences()) {
      if (s.start() <= at && at < s.end()) {
        if (at + m.fragment().length() > s.end()) {
          throw new IllegalArgumentException(
              story
                  + ": fragment spans two sentences in "
                  + m.article()
                  + ": \""
                  + m.fragment()
                  + "\"");
        }
        return s.index();
      }
    }
    throw new IllegalArgumentException(
        story + ": fragment outside every sentence in " + m.article());
  }
}
