package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Says who gives a figure: the speaker of the nearest verb of saying before the figure in its
 * sentence ("Ukrainian officials said at least 35 ..."), else the nearest after it ("..., police
 * said"). Stateless and thread-safe.
 */
final class AttributionFinder {

  private final SpeakerPhrases phrases = new SpeakerPhrases();

  /** A speaker phrase and the token index of its verb. */
  record Claim(int verb, String speaker) {}

  /** Every attributed verb of saying in the view, in token order. */
  List<Claim> claims(TokenView v) {
    List<Claim> claims = new ArrayList<>();
    for (int k = 0; k < v.size(); k++) {
      if (SpeakerPhrases.isVerb(v, k)) {
        String speaker = phrases.around(v, k);
        if (speaker != null) {
          claims.add(new Claim(k, speaker));
        }
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
