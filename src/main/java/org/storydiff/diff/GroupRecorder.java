package org.storydiff.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactGroup.Member;
import org.storydiff.model.FactGroup.VersionState;
import org.storydiff.model.FactKind;
import org.storydiff.model.FactState;
import org.storydiff.model.Finding;

/**
 * Keeps each group a finding rule decided, with the findings about it: gives the group its id,
 * stamps that id on the findings and reads each version's state off them. The findings are the only
 * judgement of what differs, so the states cannot disagree with them. Not thread-safe: one per
 * story.
 */
final class GroupRecorder {

  private final StoryIndex index;
  private final String storyId;
  private final List<Finding> findings = new ArrayList<>();
  private final List<FactGroup> groups = new ArrayList<>();

  GroupRecorder(StoryIndex index, String storyId) {
    this.index = index;
    this.storyId = storyId;
  }

  /**
   * Records one group.
   *
   * @param members each carrying version's members (by version index), in body order
   * @param about the findings about this group, not yet carrying a group id
   */
  void record(FactKind kind, Map<Integer, List<Member>> members, List<Finding> about) {
    List<Member> all = new ArrayList<>();
    members.values().forEach(all::addAll);
    String smallest = all.stream().map(Member::id).min(Comparator.naturalOrder()).orElseThrow();
    String groupId = FactGroup.idOf(storyId, smallest);
    List<VersionState> states = new ArrayList<>(index.size());
    for (int v = 0; v < index.size(); v++) {
      String articleId = index.version(v).id();
      states.add(new VersionState(articleId, state(members.containsKey(v), articleId, about)));
    }
    groups.add(new FactGroup(storyId, groupId, kind, all, states));
    about.forEach(f -> findings.add(f.withGroupId(groupId)));
  }

  private static FactState state(boolean carries, String articleId, List<Finding> about) {
    if (carries) {
      return has(about, articleId, ChangeType.CHANGED)
          ? FactState.CHANGED
          : has(about, articleId, ChangeType.ADDED) ? FactState.ADDED : FactState.PRESENT;
    }
    return has(about, articleId, ChangeType.OMITTED) ? FactState.OMITTED : FactState.ABSENT;
  }

  private static boolean has(List<Finding> about, String articleId, ChangeType change) {
    return about.stream().anyMatch(f -> f.change() == change && f.articleId().equals(articleId));
  }

  List<Finding> findings() {
    return findings;
  }

  List<FactGroup> groups() {
    return groups;
  }
}
