package org.storydiff.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.model.Article;

/**
 * Writes a synthetic corpus to a directory, ready for {@code storydiff run} and the scorers:
 *
 * <ul>
 *   <li>{@code articles.jsonl}: the input records (id, source, title, published, url, language,
 *       body);
 *   <li>{@code gold.json}: {@code {"clusters": [[id, ...], ...]}}, one list per story (the shape
 *       {@code score_clusters.py} and {@code storydiff eval clusters} read);
 *   <li>{@code planted.jsonl}: per article {@code {articleId, story, version, sequelOf, style,
 *       derivedFrom, sentences, edits: [{change, kind, key, canonical, planted, note}]}} (see
 *       {@link PlantedEdit}, {@link GeneratedArticle#style()});
 *   <li>{@code lineage.json}: {@code {"derived": {articleId: sourceId}, "independent": [articleId,
 *       ...]}}, the shape {@code storydiff eval lineage} reads: every pickup and the version it
 *       took its text from, and every version written independently (copying no other). Copies and
 *       rewrites of the story's wire text are in neither: they share a source no version stands
 *       for.
 * </ul>
 *
 * Writes story by story, so memory stays flat whatever the size, but for the lineage labels' ids.
 * Not thread-safe.
 */
public final class CorpusFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusFiles() {}

  /** Writes the four files into {@code dir} (created if needed) and returns the article count. */
  public static long write(SyntheticCorpus corpus, Path dir) throws IOException {
    Files.createDirectories(dir);
    long count = 0;
    Map<String, String> derived = new LinkedHashMap<>();
    List<String> independent = new ArrayList<>();
    try (Writer articles = writer(dir.resolve("articles.jsonl"));
        Writer planted = writer(dir.resolve("planted.jsonl"));
        OutputStream goldOut = Files.newOutputStream(dir.resolve("gold.json"));
        JsonGenerator gold = JSON.getFactory().createGenerator(goldOut)) {
      gold.writeStartObject();
      gold.writeArrayFieldStart("clusters");
      for (int s = 0; s < corpus.stories(); s++) {
        gold.writeStartArray();
        for (Iterator<GeneratedArticle> it = corpus.articles(s, s + 1); it.hasNext(); ) {
          GeneratedArticle g = it.next();
          articles.write(JSON.writeValueAsString(record(g.article())));
          articles.write('\n');
          planted.write(JSON.writeValueAsString(truth(g)));
          planted.write('\n');
          gold.writeString(g.article().id());
          if (g.derivedFrom() != null) {
            derived.put(g.article().id(), g.derivedFrom());
          } else if (GeneratedArticle.INDEPENDENT.equals(g.style())) {
            independent.add(g.article().id());
          }
          count++;
        }
        gold.writeEndArray();
      }
      gold.writeEndArray();
      gold.writeEndObject();
    }
    ObjectNode lineage = JSON.createObjectNode();
    lineage.set("derived", JSON.valueToTree(derived));
    lineage.set("independent", JSON.valueToTree(independent));
    Files.writeString(
        dir.resolve("lineage.json"), JSON.writeValueAsString(lineage), StandardCharsets.UTF_8);
    return count;
  }

  private static ObjectNode record(Article a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", a.id());
    n.put("source", a.source());
    n.put("title", a.title());
    n.put("published", a.published());
    n.put("url", a.url());
    n.put("language", a.language());
    n.put("body", a.body());
    return n;
  }

  private static ObjectNode truth(GeneratedArticle g) {
    ObjectNode n = JSON.createObjectNode();
    n.put("articleId", g.article().id());
    n.put("story", g.story());
    n.put("version", g.version());
    n.put("sequelOf", g.sequelOf());
    n.put("style", g.style());
    n.put("derivedFrom", g.derivedFrom());
    n.set("sentences", JSON.valueToTree(g.sentenceKeys()));
    n.set("edits", JSON.valueToTree(g.edits()));
    return n;
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }
}
