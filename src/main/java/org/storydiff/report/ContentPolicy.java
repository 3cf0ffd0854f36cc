package org.storydiff.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The pages' Content-Security-Policy. Nothing may be loaded, and the only inline code allowed is
 * the report's own style sheet and (on the index) its filter script, each by the SHA-256 hash of
 * its exact text. So even if an article's text ever slipped through unescaped, the browser would
 * neither run it nor fetch anything for it. The hashes are computed from the same template partials
 * the pages include, so they cannot drift from them.
 */
final class ContentPolicy {

  private static final String BASE = "default-src 'none'; base-uri 'none'; form-action 'none'";

  static final String STORY_PAGE = BASE + "; style-src " + hash(Templates.STYLE_TEXT);

  static final String INDEX_PAGE =
      STORY_PAGE + "; script-src " + hash(Templates.FILTER_SCRIPT_TEXT);

  private ContentPolicy() {}

  /** The CSP source expression allowing exactly {@code inline}, e.g. {@code 'sha256-…'}. */
  static String hash(String inline) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
