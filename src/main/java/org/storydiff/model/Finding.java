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
 * @param confidence how sure the job is ({@code diff.FindingConfidence} decides); below high, the
 *     detail ends with the reason; null only while the diff builds it
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
    String groupId,
    Confidence confidence)
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
    this(storyId, articleId, source, change, kind, start, end, text, others, detail, null, null);
  }

  /** A finding about group {@code groupId} whose confidence is not judged yet. */
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
      String detail,
      String groupId) {
    this(storyId, articleId, source, change, kind, start, end, text, others, detail, groupId, null);
  }

  /** This finding about the group {@code id}. */
  public Finding withGroupId(String id) {
    return new Finding(
        storyId, articleId, source, change, kind, start, end, text, others, detail, id, confidence);
  }

  /**
   * This finding at {@code level}; below high, {@code reason} (required then) is appended to the
   * detail so the row says why ({@code …; low confidence: speaker known only through a pronoun}).
   */
  public Finding withConfidence(Confidence level, String reason) {
    Objects.requireNonNull(level, "level");
    String d = detail;
    if (level != Confidence.HIGH) {
      Objects.requireNonNull(reason, "a finding below high confidence needs a reason");
      d = (detail == null ? "" : detail + "; ") + level.wireName() + " confidence: " + reason;
    }
    return new Finding(
        storyId, articleId, source, change, kind, start, end, text, others, d, groupId, level);
  }
}
