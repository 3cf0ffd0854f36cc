package org.storydiff.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Which earlier version of its story one version copied, and how much of it: a row of {@code
 * lineage/}.
 *
 * @param articleId the version
 * @param derivedFrom the version it most likely copied near-verbatim (published no later), or null
 *     when it copies none
 * @param derivation how much of it is that copy
 * @param share fraction of this version's body sentences copied from {@code derivedFrom}, in [0,1]
 * @param copiedSentences every body sentence of this version copied near-verbatim from an earlier
 *     (or same-time) version of the story, each with the version and sentence it came from, sorted
 *     by sentence
 * @param credits agencies and outlets the version credits in its own text ("(Reuters)", "with AFP",
 *     "Source: Al Jazeera and news agencies"), in order of appearance
 */
public record VersionLineage(
    String articleId,
    String derivedFrom,
    Derivation derivation,
    double share,
    List<CopiedSentence> copiedSentences,
    List<String> credits)
    implements Serializable {

  /** METER's classes of a newspaper story against its wire source. */
  public enum Derivation {
    /** Nearly all of it is the source's text. */
    WHOLLY,
    /** Some of it is the source's text, the rest its own. */
    PARTIALLY,
    /** It copies no earlier version. */
    NONE;

    /** The name written in {@code lineage/}: {@code wholly}, {@code partially}, {@code none}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One copied sentence: this version's sentence index and where it came from. */
  public record CopiedSentence(int sentence, String fromArticleId, int fromSentence)
      implements Serializable {
    public CopiedSentence {
      Objects.requireNonNull(fromArticleId, "fromArticleId");
    }
  }

  public VersionLineage {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(derivation, "derivation");
    if ((derivedFrom == null) != (derivation == Derivation.NONE)) {
      throw new IllegalArgumentException(
          "derivedFrom must be null exactly when derivation is none: " + derivedFrom);
    }
    if (share < 0 || share > 1 || Double.isNaN(share)) {
      throw new IllegalArgumentException("share must be in [0,1], got " + share);
    }
    copiedSentences = List.copyOf(copiedSentences);
    credits = List.copyOf(credits);
  }

  /** A version that copies nothing, with the credits it carries. */
  public static VersionLineage original(String articleId, List<String> credits) {
    return new VersionLineage(articleId, null, Derivation.NONE, 0, List.of(), credits);
  }

  /** The fraction of this version's body sentences that are its own (copied from no version). */
  public double ownShare(int bodySentences) {
    if (bodySentences == 0) {
      return 1;
    }
    return 1 - Math.min(1.0, copiedSentences.size() / (double) bodySentences);
  }
}
