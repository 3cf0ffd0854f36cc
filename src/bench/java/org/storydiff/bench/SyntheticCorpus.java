package org.storydiff.bench;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A seeded synthetic news corpus: many stories, each told by one to {@code maxVersions} agencies
 * with planted edits, plus singletons, over a span of days, some stories continuing earlier ones
 * days later. Any story can be generated on its own, so a large corpus can be produced in parallel
 * (one range of stories per Spark partition) without writing it anywhere first.
 *
 * <p>Serializable (it carries only its config and plan) and thread-safe.
 */
public final class SyntheticCorpus implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CorpusConfig config;
  private final StoryPlan plan;
  private transient StoryMaker maker;
  private transient VersionWriter writer;

  public SyntheticCorpus(CorpusConfig config) {
    this.config = config;
    this.plan = StoryPlan.of(config);
  }

  public CorpusConfig config() {
    return config;
  }

  public int stories() {
    return plan.stories();
  }

  public long articles() {
    return plan.articles();
  }

  public int versions(int story) {
    return plan.versions(story);
  }

  /** The id of a version's article, without generating it. */
  public String articleId(int story, int version) {
    return VersionWriter.articleId(config.seed(), story, version);
  }

  /** Every version of story {@code story}, in version order. */
  public List<GeneratedArticle> story(int story) {
    StoryFacts facts = maker().make(story);
    List<GeneratedArticle> out = new ArrayList<>(facts.versions());
    for (int v = 0; v < facts.versions(); v++) {
      out.add(writer().write(facts, v, out));
    }
    return out;
  }

  /**
   * Story {@code story} told by {@code versions} outlets instead of its planned number (agencies
   * repeat past the sixteenth): a runaway story for the many-version measurements.
   */
  List<GeneratedArticle> storyWithVersions(int story, int versions) {
    StoryFacts f = maker().make(story);
    StoryFacts facts =
        new StoryFacts(
            f.index(),
            f.kind(),
            f.slots(),
            f.figures(),
            f.sentences(),
            f.day(),
            f.sequelOf(),
            versions);
    List<GeneratedArticle> out = new ArrayList<>(versions);
    for (int v = 0; v < versions; v++) {
      out.add(writer().write(facts, v, out));
    }
    return out;
  }

  /** The articles of stories {@code [from, to)}, generated lazily, story by story. */
  public Iterator<GeneratedArticle> articles(int from, int to) {
    return new Iterator<>() {
      private int next = from;
      private Iterator<GeneratedArticle> current = List.<GeneratedArticle>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < to) {
          current = story(next++).iterator();
        }
        return current.hasNext();
      }

      @Override
      public GeneratedArticle next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private StoryMaker maker() {
    if (maker == null) {
      maker = new StoryMaker(config, plan, Templates.standard());
    }
    return maker;
  }

  private VersionWriter writer() {
    if (writer == null) {
      writer = new VersionWriter(config.seed(), Templates.standard(), config.pickupShare());
    }
    return writer;
  }
}
