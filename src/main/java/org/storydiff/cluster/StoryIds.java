package org.storydiff.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Stable story ids. The id depends only on the smallest article id of the story, so re-running the
 * job on the same input (with any partitioning) gives the same ids, and adding a later article to a
 * story keeps its id unless the newcomer sorts first. Stateless and thread-safe.
 */
public final class StoryIds {

  private static final int HEX_CHARS = 12;

  private StoryIds() {}

  /** "story-" + the first 12 hex chars of SHA-256 (UTF-8) of the smallest article id. */
  public static String of(Collection<String> articleIds) {
    if (articleIds == null || articleIds.isEmpty()) {
      throw new IllegalArgumentException("a story needs at least one article id");
    }
    String smallest = articleIds.stream().min(String::compareTo).orElseThrow();
    return "story-" + HexFormat.of().formatHex(sha256(smallest)).substring(0, HEX_CHARS);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
