package org.storydiff.diff;

import java.util.List;
import org.storydiff.model.FactGroup;
import org.storydiff.model.Finding;

/**
 * What the diff decided about one story: the fact groups (each figure, quote and statement across
 * versions) and the findings, each naming its group by {@code groupId}.
 */
public record StoryDiff(List<Finding> findings, List<FactGroup> groups) {

  public StoryDiff {
    findings = List.copyOf(findings);
    groups = List.copyOf(groups);
  }
}
