package org.storydiff.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The report's Mustache templates, compiled once from the classpath folder {@code
 * org/storydiff/report/}. {@code {{x}}} escapes HTML; the templates never use the unescaped form for
 * article text. Thread-safe: compiled mustaches may be executed concurrently.
 */
final class Templates {

  private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/storydiff/report");

  static final Mustache STORY = FACTORY.compile("story.mustache");
  static final Mustache INDEX = FACTORY.compile("index.mustache");

  private Templates() {}

  static String render(Mustache template, Object view) {
    StringWriter out = new StringWriter();
    try {
      template.execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException("rendering " + template.getName() + " failed", e);
    }
    return out.toString();
  }
}
