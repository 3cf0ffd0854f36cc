package org.storydiff.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.commons.io.output.StringBuilderWriter;

/**
 * The report's Mustache templates, compiled once from the classpath folder {@code
 * org/storydiff/report/}. {@code {{x}}} escapes HTML; the templates never use the unescaped form.
 * The pages include the style sheet ({@code style.mustache}) and the index's filter script ({@code
 * filter.mustache}) as partials; their text is also rendered here on its own, for the hashes of
 * {@link ContentPolicy}. Thread-safe: compiled mustaches may be executed concurrently.
 */
final class Templates {

  /** A story page's usual size, so its text is rarely copied while it grows. */
  private static final int PAGE_CHARS = 1 << 16;

  private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/storydiff/report");

  static final Mustache STORY = FACTORY.compile("story.mustache");
  static final Mustache INDEX = FACTORY.compile("index.mustache");

  /** The exact text the pages carry inside {@code <style>}. */
  static final String STYLE_TEXT = render(FACTORY.compile("style.mustache"), Map.of());

  /** The exact text the index carries inside {@code <script>}. */
  static final String FILTER_SCRIPT_TEXT = render(FACTORY.compile("filter.mustache"), Map.of());

  private Templates() {}

  static String render(Mustache template, Object view) {
    // unsynchronized, begun at a story page's usual size: a StringWriter locks its buffer on each
    // of the template's many small writes, and copying a growing buffer took a tenth of rendering
    StringBuilderWriter out = new StringBuilderWriter(PAGE_CHARS);
    try {
      template.execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException("rendering " + template.getName() + " failed", e);
    }
    return out.toString();
  }
}
