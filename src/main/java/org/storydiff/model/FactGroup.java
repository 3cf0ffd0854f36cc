package org.storydiff.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One fact across the versions of a story, as the diff decided it: one toll, one quote (direct and
 * partial quotes of one utterance together) or one statement (sentences the alignment joins). Every
 * finding is about exactly one group and names it by {@link #groupId()}; the report and the
 * datasets read the groups instead of deciding sameness again.
 *
 * @param groupId stable and deterministic: {@link #idOf} of the story and the smallest member id
 * @param kind {@link FactKind#FIGURE}, {@link FactKind#QUOTE} (direct and partial quotes) or {@link
 *     FactKind#STATEMENT}
 * @param members in version order (id-sorted), then body order; a version may carry a fact more
 *     than once (a quote split in two, a toll repeated)
 * @param states one per compared version of the story, in version order
 */
public record FactGroup(
    String storyId, String groupId, FactKind kind, List<Member> members, List<VersionState> states)
    implements Serializable {

  /**
   * A member of the group in one version.
   *
   * @param id the fact's {@link Fact#factId()}; for a statement, the sentence as {@link
   *     #sentenceId} names it
   * @param sentence the index of the sentence holding it in that version's sentence list
   */
  public record Member(String articleId, String id, int sentence) implements Serializable {

    public Member {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(id, "id");
    }
  }

  /** The state of the group in one version. */
  public record VersionState(String articleId, FactState state) implements Serializable {

    public VersionState {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(state, "state");
    }
  }

  public FactGroup {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(kind, "kind");
    if (kind == FactKind.PARTIAL_QUOTE) {
      throw new IllegalArgumentException(
          "a group of quotes has kind quote, whether partial or direct");
    }
    members = List.copyOf(members);
    states = List.copyOf(states);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a fact group needs a member: " + groupId);
    }
  }

  /**
   * The group id of a fact group: {@code <storyId>/<smallest member id>}, e.g. {@code
   * story-20c9738f9ad4/al-warehouse-01#f1}. The same members give the same id, whatever the order
   * the versions came in; each fact belongs to one group, so no two groups share an id.
   */
  public static String idOf(String storyId, String smallestMemberId) {
    return storyId + "/" + smallestMemberId;
  }

  /**
   * The id of sentence {@code index} of an article as a statement member: {@code
   * <articleId>#s<index>}.
   */
  public static String sentenceId(String articleId, int index) {
    return articleId + "#s" + index;
  }

  /** The members carried by version {@code articleId}, in body order (empty when none). */
  public List<Member> membersOf(String articleId) {
    return members.stream().filter(m -> m.articleId().equals(articleId)).toList();
  }

  /**
   * The state of version {@code articleId}; {@link FactState#ABSENT} for a version not compared.
   */
  public FactState stateOf(String articleId) {
    // A plain loop: a story page asks this for every cell of its tables.
    for (VersionState s : states) {
      if (s.articleId().equals(articleId)) {
        return s.state();
      }
    }
    return FactState.ABSENT;
  }
}
