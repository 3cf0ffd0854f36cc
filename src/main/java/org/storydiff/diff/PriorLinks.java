package org.storydiff.diff;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.diff.StoryIndex.SentenceRef;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Evidence;
import org.storydiff.model.Finding;

/**
 * The sentences that the figure and quote findings recorded before the statements link, indexed
 * once per story: a statement rule asks about one sentence or one version and reads only the links
 * that touch it. Asking each finding and each of its evidence sentences instead costs findings ×
 * versions per question, and a 1,000-version story asks it once per version and statement group.
 * Not thread-safe: one per story.
 */
final class PriorLinks {

  /**
   * A finding that pairs the sentence it is filed under with {@code counterpart} (its own span's
   * sentence with an evidence sentence, or the reverse).
   *
   * @param mine whether the finding's own span lies in the sentence it is filed under
   * @param evidence the evidence entry of the pair
   */
  record Link(Finding finding, Evidence evidence, SentenceRef counterpart, boolean mine) {}

  private final StoryIndex index;

  /** The sentences an added finding's own span lies in. */
  private final Set<SentenceRef> added = new HashSet<>();

  /** Per sentence, the versions that a finding links to it (see {@link #linksVersion}). */
  private final Map<SentenceRef, BitSet> versionsLinked = new HashMap<>();

  /** Per sentence of {@code asked}, the pairs that touch it. */
  private final Map<SentenceRef, List<Link>> pairs = new HashMap<>();

  private final Map<Finding, Boolean> farApart = new IdentityHashMap<>();

  /**
   * @param asked the sentences {@link #pairsOf} will be asked about; pairs of other sentences are
   *     not kept, so the index stays the size of what is asked
   */
  PriorLinks(StoryIndex index, List<Finding> prior, Set<SentenceRef> asked) {
    this.index = index;
    for (Finding f : prior) {
      SentenceRef own = ownSentence(f);
      if (f.change() == ChangeType.ADDED) {
        if (own != null) {
          added.add(own);
        }
        continue;
      }
      Integer omittingVersion =
          f.change() == ChangeType.OMITTED ? index.versionOf(f.articleId()) : null;
      for (Evidence e : f.others()) {
        SentenceRef other = index.sentenceAt(e.articleId(), e.start());
        if (other != null) {
          if (omittingVersion != null) {
            link(other, omittingVersion);
          }
          if (own != null) {
            link(other, own.version());
            link(own, other.version());
          }
        }
        if (own != null && asked.contains(own)) {
          pairs.computeIfAbsent(own, k -> new ArrayList<>()).add(new Link(f, e, other, true));
        }
        if (other != null && own != null && asked.contains(other) && !other.equals(own)) {
          pairs.computeIfAbsent(other, k -> new ArrayList<>()).add(new Link(f, e, own, false));
        }
      }
    }
  }

  /** Whether an added finding's own span lies in the sentence. */
  boolean isAdded(SentenceRef sentence) {
    return added.contains(sentence);
  }

  /**
   * Whether a finding links version {@code u} to the sentence: {@code u} omits the fact the
   * sentence carries, or a finding pairs the sentence with one of {@code u}'s.
   */
  boolean linksVersion(SentenceRef sentence, int u) {
    BitSet versions = versionsLinked.get(sentence);
    return versions != null && versions.get(u);
  }

  /** The findings pairing the sentence (one of those asked about) with another. */
  List<Link> pairsOf(SentenceRef sentence) {
    return pairs.getOrDefault(sentence, List.of());
  }

  /**
   * Whether a changed figure's values are far apart: close values (a revised toll) pair two
   * tellings of one statement on their own, far-apart ones may be two quantities of one unit.
   * Remembered per finding, whose evidence may list every version of the story.
   */
  boolean farApart(Finding f) {
    return farApart.computeIfAbsent(f, this::valuesFarApart);
  }

  private boolean valuesFarApart(Finding f) {
    Double mine = figureValue(f.articleId(), f.start());
    for (Evidence e : f.others()) {
      Double theirs = figureValue(e.articleId(), e.start());
      if (mine != null
          && theirs != null
          && Math.abs(mine - theirs)
              > StatementFindings.CLOSE_FIGURES * Math.max(Math.abs(mine), Math.abs(theirs))) {
        return true;
      }
    }
    return false;
  }

  private Double figureValue(String articleId, Integer start) {
    SentenceRef ref = start == null ? null : index.sentenceAt(articleId, start);
    if (ref == null) {
      return null;
    }
    for (var fact : index.version(ref.version()).facts()) {
      if (fact instanceof org.storydiff.model.Figure g && g.start() == start && g.isQuantity()) {
        return g.upperBound();
      }
    }
    return null;
  }

  private void link(SentenceRef sentence, int version) {
    versionsLinked.computeIfAbsent(sentence, k -> new BitSet()).set(version);
  }

  /** The sentence a finding's own span lies in; null for an omission. */
  private SentenceRef ownSentence(Finding f) {
    return f.start() == null ? null : index.sentenceAt(f.articleId(), f.start());
  }
}
