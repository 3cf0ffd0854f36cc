package org.storydiff.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores {@code lineage/} rows against a gold of the form {@code {"derived": {articleId: sourceId},
 * "independent": [articleIds]}}: how many derived versions point at their true source, and how many
 * independent versions are wrongly given one. Versions the job did not write a row for (a story of
 * one article) count as given no source. Stateless and thread-safe.
 */
public final class LineageScorer {

  /**
   * The score.
   *
   * @param derivedRight derived versions whose {@code derivedFrom} is the gold source
   * @param derived derived versions in the gold
   * @param independentGivenSource independent versions given any {@code derivedFrom}
   * @param independent independent versions in the gold
   */
  public record Score(int derivedRight, int derived, int independentGivenSource, int independent) {

    public double derivedAccuracy() {
      return Prf.ratio(derivedRight, derived);
    }

    public double independentGivenSourceRate() {
      return Prf.ratio(independentGivenSource, independent);
    }

    public String line() {
      return String.format(
          Locale.ROOT,
          "lineage: derivedFrom accuracy=%.3f (%d of %d derived) independent given a source=%.3f"
              + " (%d of %d)",
          derivedAccuracy(),
          derivedRight,
          derived,
          independentGivenSourceRate(),
          independentGivenSource,
          independent);
    }
  }

  private LineageScorer() {}

  /**
   * @param derivedFrom the job's {@code derivedFrom} by articleId (null values for no source)
   * @param goldDerived gold source by derived articleId
   * @param goldIndependent articleIds of versions that copy no other
   */
  public static Score score(
      Map<String, String> derivedFrom,
      Map<String, String> goldDerived,
      List<String> goldIndependent) {
    int right = 0;
    for (Map.Entry<String, String> e : goldDerived.entrySet()) {
      if (Objects.equals(derivedFrom.get(e.getKey()), e.getValue())) {
        right++;
      }
    }
    int wrong = 0;
    for (String id : goldIndependent) {
      if (derivedFrom.get(id) != null) {
        wrong++;
      }
    }
    return new Score(right, goldDerived.size(), wrong, goldIndependent.size());
  }
}
