package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Says who gives a figure (its source): the subject of the nearest verb of saying or of reporting a
 * count before the figure in its sentence ("Ukrainian officials said at least 35 ...", "the UN has
 * recorded 596", "according to the health ministry, 57 ..."), else the nearest after it ("...,
 * police said", "..., court documents showed"). Stateless and thread-safe.
 */
final class AttributionFinder {

  /** Verbs that give a count a source without saying it: "the UN has recorded 596". */
  private static final Set<String> REPORTING =
      Set.of(
          "recorded",
          "records",
          "reported",
          "reports",
          "estimated",
          "estimates",
          "counted",
          "counts",
          "registered",
          "confirmed",
          "confirms",
          "showed",
          "shows",
          "put",
          "puts",
          "tallied",
          "documented");

  private final SpeakerPhrases phrases = new SpeakerPhrases();

  /** A speaker phrase and the token index of its verb. */
  record Claim(int verb, String speaker) {}

  /** Every attributed verb of saying in the view, in token order. */
  List<Claim> claims(TokenView v) {
    List<Claim> claims = new ArrayList<>();
    for (int k = 0; k < v.size(); k++) {
      String speaker = null;
      if (SpeakerPhrases.isVerb(v, k)) {
        speaker = phrases.around(v, k);
      } else if (v.isWord(k)
          && REPORTING.contains(v.norm(k))
          && !v.norm(k - 1).equals("be")
          && !v.norm(k - 1).equals("been")
          && !v.norm(k - 1).equals("were")
          && !v.norm(k - 1).equals("was")) {
        speaker =
            phrases.before(v, k); // the subject, never a passive's ("596 deaths were recorded")
      }
      if (speaker != null) {
        claims.add(new Claim(k, speaker));
      }
    }
    return claims;
  }

  /** The attribution of a figure whose first token is {@code token}, or null. */
  static String attribution(List<Claim> claims, int token) {
    Claim best = null;
    for (Claim c : claims) {
      if (c.verb() < token) {
        best = c;
      } else if (best == null) {
        return c.speaker();
      }
    }
    return best == null ? null : best.speaker();
  }
}
