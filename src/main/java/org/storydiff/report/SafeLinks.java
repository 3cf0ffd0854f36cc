package org.storydiff.report;

import java.util.Locale;

/**
 * Decides which article urls become links. Only absolute http(s) urls do: a {@code javascript:} or
 * {@code data:} url from an input record must never be clickable. Thread-safe: stateless.
 */
final class SafeLinks {

  private SafeLinks() {}

  /** {@code url} when it may be used as an href, else null. The caller still escapes it. */
  static String href(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("http://") || lower.startsWith("https://");
    // Whitespace or control characters inside a url are how filters get fooled; such urls stay
    // text.
    boolean clean = url.strip().chars().noneMatch(c -> c <= 0x20 || c == 0x7f);
    return web && clean ? url.strip() : null;
  }
}
