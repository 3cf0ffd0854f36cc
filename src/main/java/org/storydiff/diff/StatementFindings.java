package org.storydiff.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.diff.StoryIndex.SentenceRef;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Evidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Sentence;

/**
 * Findings about statements: body sentences without figures or quotes (those are reported as the
 * figure or quote itself, so one difference is never reported twice). Statements are grouped by
 * alignment; a group carried by one version is added there, and missing from a version when most
 * others carry it. Before reporting, a version is checked for any sentence covering most of the
 * statement's content words, so a missed alignment does not turn into a false finding.
 */
final class StatementFindings {

  /** Sentences shorter than this in content words are fragments, not statements worth reporting. */
  static final int MIN_CONTENT_WORDS = 4;

  /** Share of a statement's content words another sentence must cover to count as carrying it. */
  static final double CARRIED_COVERAGE = 0.7;

  /** Share of the unaligned half of a split sentence its neighbour's counterpart must cover. */
  static final double SPLIT_REST_COVERAGE = 0.5;

  private final StoryIndex index;
  private final String storyId;

  StatementFindings(StoryIndex index, String storyId) {
    this.index = index;
    this.storyId = storyId;
  }

  /**
   * Groups the story's statements by alignment and records each group the rules judge a statement
   * (no figure or quote in it, enough content words) with its findings.
   */
  void find(GroupRecorder out) {
    Groups<Integer> groups = new Groups<>();
    Map<SentenceRef, Integer> ids = new java.util.HashMap<>();
    for (int v = 0; v < index.size(); v++) {
      for (Sentence s : index.version(v).sentences()) {
        if (index.isFindingSentence(v, s.index())) {
          ids.put(new SentenceRef(v, s.index()), groups.add(v, s.index()));
        }
      }
    }
    ids.forEach(
        (ref, id) ->
            index
                .alignedTo(ref)
                .forEach(
                    other -> {
                      Integer otherId = ids.get(other);
                      if (otherId != null) {
                        groups.union(id, otherId);
                      }
                    }));
    for (Map<Integer, List<Integer>> group : groups.groups()) {
      if (isReportable(group)) {
        List<Finding> findings = new ArrayList<>();
        findingsOf(group, findings);
        out.record(
            FactKind.STATEMENT,
            Groups.members(group, (v, s) -> index.statementMember(v, s)),
            findings);
      }
    }
  }

  private boolean isReportable(Map<Integer, List<Integer>> group) {
    for (var e : group.entrySet()) {
      for (int sentence : e.getValue()) {
        if (index.hasFacts(e.getKey(), sentence)) {
          return false;
        }
      }
    }
    var first = group.entrySet().iterator().next();
    return index.contentWords(first.getKey(), first.getValue().get(0)).size() >= MIN_CONTENT_WORDS;
  }

  private void findingsOf(Map<Integer, List<Integer>> group, List<Finding> out) {
    var first = group.entrySet().iterator().next();
    int firstVersion = first.getKey();
    int firstSentence = first.getValue().get(0);
    Set<String> words = index.contentWords(firstVersion, firstSentence);
    if (group.size() == 1) {
      if (!carriedByAnotherVersion(firstVersion, words)
          && !isRestOfSplitSentence(firstVersion, firstSentence, words)) {
        for (int sentence : first.getValue()) {
          out.add(added(firstVersion, sentence));
        }
      }
      return;
    }
    if (!Consensus.mostOthersCarry(group.size(), index.size())) {
      return;
    }
    for (int u = 0; u < index.size(); u++) {
      if (!group.containsKey(u) && !index.coversWords(u, words, CARRIED_COVERAGE)) {
        out.add(omitted(u, group));
      }
    }
  }

  private boolean carriedByAnotherVersion(int v, Set<String> words) {
    for (int w = 0; w < index.size(); w++) {
      if (w != v && index.coversWords(w, words, CARRIED_COVERAGE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence split in two: the half that did not align is carried when the counterpart of a
   * sentence beside it in the same paragraph covers half its content words.
   */
  private boolean isRestOfSplitSentence(int v, int sentence, Set<String> words) {
    var sentences = index.version(v).sentences();
    int paragraph = sentences.get(sentence).paragraph();
    for (int neighbour : new int[] {sentence - 1, sentence + 1}) {
      if (neighbour < 0
          || neighbour >= sentences.size()
          || sentences.get(neighbour).paragraph() != paragraph) {
        continue;
      }
      for (SentenceRef other : index.alignedTo(new SentenceRef(v, neighbour))) {
        if (index.covers(other, words, SPLIT_REST_COVERAGE)) {
          return true;
        }
      }
    }
    return false;
  }

  private Finding added(int v, int sentence) {
    var article = index.version(v);
    Sentence s = article.sentences().get(sentence);
    return new Finding(
        storyId,
        article.id(),
        article.article().source(),
        ChangeType.ADDED,
        FactKind.STATEMENT,
        s.start(),
        s.end(),
        s.text(article.body()),
        List.of(),
        "statement only in this version");
  }

  private Finding omitted(int u, Map<Integer, List<Integer>> group) {
    List<Evidence> others = new ArrayList<>();
    group.forEach(
        (w, sentences) -> {
          var article = index.version(w);
          Sentence s = article.sentences().get(sentences.get(0));
          others.add(new Evidence(article.id(), s.start(), s.end(), s.text(article.body())));
        });
    var article = index.version(u);
    return new Finding(
        storyId,
        article.id(),
        article.article().source(),
        ChangeType.OMITTED,
        FactKind.STATEMENT,
        null,
        null,
        null,
        others,
        "statement in " + group.size() + " of " + (index.size() - 1) + " other versions, not here");
  }
}
