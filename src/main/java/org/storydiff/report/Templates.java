package org.storydiff.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The report's Mustache templates, compiled once from the classpath folder {@code
 * org/storydiff/report/}. {@code {{x}}} escapes HTML; the templates never use the unescaped form.
 * The pages include the style sheet ({@code style.mustache}) and the index's filter script ({@code
 * filter.mustache}) as partials; their text is also rendered here on its own, for the hashes of
 * {@link ContentPolicy}. Thread-safe: compiled mustaches may be executed concurrently.
 */
final class Templates {

  private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/storydiff/report");

  static final Mustache STORY = FACTORY.compile("story.mustache");
  static final Mustache INDEX = FACTORY.compile("index.mustache");

  /** The exact text the pages carry inside {@code <style>}. */
  static final String STYLE_TEXT = render(FACTORY.compile("style.mustache"), Map.of());

  /** The exact text the index carries inside {@code <script>}. */
  static final String FILTER_SCRIPT_TEXT = render(FACTORY.compile("filter.mustache"), Map.of());

  private Templates() {}

  static String render(Mustache template, Object view) {
    TextWriter out = new TextWriter();
    try {
      template.execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException("rendering " + template.getName() + " failed", e);
    }
    return out.toString();
  }

  /**
   * A {@link Writer} into a {@link StringBuilder}, begun at a story page's usual size: a {@code
   * StringWriter} locks its {@code StringBuffer} on each of the template's many small writes, and
   * copying a growing buffer took a tenth of the rendering. One per page, never shared.
   */
  private static final class TextWriter extends Writer {

    private static final int INITIAL_CHARS = 1 << 16;

    private final StringBuilder text = new StringBuilder(INITIAL_CHARS);

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      text.append(s, offset, offset + length);
    }

    @Override
    public void write(String s) {
      text.append(s);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
      text.append(s);
      return this;
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
      text.append(s, start, end);
      return this;
    }

    @Override
    public Writer append(char c) {
      text.append(c);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
