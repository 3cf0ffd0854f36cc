package org.storydiff.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names of the HTML report. A story page lives at {@code report/stories/<storyPageFile(id)>};
 * the index links to it as {@code stories/<name>} and the page links back with {@code
 * ../index.html}.
 *
 * <p>Thread-safe: stateless.
 */
public final class ReportFiles {

  /** Folder of story pages, relative to the report folder. */
  public static final String STORIES_DIR = "stories";

  public static final String INDEX_FILE = "index.html";

  /**
   * The index page {@code page} (from 1): {@code index.html} for the first, the page every story
   * page links back to, then {@code index-2.html}, {@code index-3.html}, ...
   */
  public static String indexPageFile(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("index pages count from 1: " + page);
    }
    return page == 1 ? INDEX_FILE : "index-" + page + ".html";
  }

  /** Enough of the id to recognise a page in a listing; the hash keeps it unique. */
  private static final int MAX_READABLE_CHARS = 60;

  /** 64 bits of SHA-256: collisions among a run's story ids are not a practical concern. */
  private static final int HASH_HEX_CHARS = 16;

  private ReportFiles() {}

  /**
   * A stable file name (no folder) for the page of {@code storyId}, e.g. {@code
   * reuters-2024_03_14-3f9a0c1b2d4e5f60.html}. Keeps {@code [A-Za-z0-9._-]} from the id, replaces
   * each other code point with {@code '_'}, caps the readable part and appends a SHA-256 prefix of
   * the raw id, so ids that differ only in replaced characters still get different names. Never
   * contains a path separator or {@code ".."}, never starts with a dot.
   *
   * @param storyId any non-null id
   */
  public static String storyPageFile(String storyId) {
    return readablePart(storyId) + "-" + hashHex(storyId) + ".html";
  }

  /** The link from the index page to the story's page. */
  public static String storyPageLink(String storyId) {
    return STORIES_DIR + "/" + storyPageFile(storyId);
  }

  private static String readablePart(String id) {
    StringBuilder out = new StringBuilder();
    id.codePoints()
        .limit(MAX_READABLE_CHARS)
        .forEach(cp -> out.append(isKept(cp) ? (char) cp : '_'));
    // A dot followed by a dot, or a leading dot, could read as a parent or hidden entry.
    String readable = out.toString().replaceAll("\\.(?=\\.)", "_").replaceFirst("^\\.", "_");
    return readable.isEmpty() ? "story" : readable;
  }

  private static boolean isKept(int cp) {
    return (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || cp == '.'
        || cp == '_'
        || cp == '-';
  }

  private static String hashHex(String id) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
