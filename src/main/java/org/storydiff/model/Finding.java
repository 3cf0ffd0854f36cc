package org.storydiff.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One finding about one article version. For {@link ChangeType#OMITTED}, {@code start}, {@code end}
 * and {@code text} are null and {@code others} says where the other versions carry it.
 *
 * @param detail one human-readable line, e.g. {@code wounded: more than 130 → 134}
 * @param groupId the {@link FactGroup} the finding is about; null only while the diff builds it
 */
public record Finding(
    String storyId,
    String articleId,
    String source,
    ChangeType change,
    FactKind kind,
    Integer start,
    Integer end,
    String text,
    List<Evidence> others,
    String detail,
    String groupId)
    implements Serializable {

  public Finding {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(kind, "kind");
    others = List.copyOf(others);
    if (change == ChangeType.OMITTED
        ? start != null || end != null || text != null
        : start == null || end == null || text == null) {
      throw new IllegalArgumentException("omitted findings have no span; the others must have one");
    }
  }

  /** A finding not yet assigned to its group. */
  public Finding(
      String storyId,
      String articleId,
      String source,
      ChangeType change,
      FactKind kind,
      Integer start,
      Integer end,
      String text,
      List<Evidence> others,
      String detail) {
    this(storyId, articleId, source, change, kind, start, end, text, others, detail, null);
  }

  /** This finding about the group {@code id}. */
  public Finding withGroupId(String id) {
    return new Finding(
        storyId, articleId, source, change, kind, start, end, text, others, detail, id);
  }
}
