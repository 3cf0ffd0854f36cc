package org.storydiff.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the repository's Markdown (README.md, docs/, jobs/, sample-data/) points
 * at a file that exists, and every {@code #anchor} at a heading of its target, named by GitHub's
 * rules. Web links are not followed.
 */
class RelativeLinksTest {

  @Test
  void everyRelativeLinkAndAnchorInTheRepositoryResolves() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    assertThat(root.resolve("README.md")).as("run from the project directory").exists();
    Map<String, String> pages = markdownFiles(root);
    assertThat(pages).containsKeys("README.md", "jobs/README.md", "sample-data/README.md");
    assertThat(pages.keySet()).anyMatch(p -> p.startsWith("docs/"));

    List<String> problems = LinkChecker.problems(pages, p -> Files.exists(root.resolve(p)));

    assertThat(problems).as("broken relative links").isEmpty();
  }

  @Test
  void reportsAMissingFileAndAMissingAnchorButAcceptsGoodLinks() {
    Map<String, String> pages = new TreeMap<>();
    pages.put(
        "README.md",
        String.join(
            "\n",
            "# Tool",
            "See [running](docs/running.md#stories-over-several-runs---previous),",
            "[options](docs/running.md#the-command-line), [gone](docs/gone.md),",
            "[self](#tool), [web](https://example.org/x#y), ![shot](docs/shot.png).",
            "```",
            "[in code](nowhere.md) is not a link",
            "```",
            "`[inline code](nowhere.md)` is not one either."));
    pages.put(
        "docs/running.md",
        String.join(
            "\n",
            "# Running",
            "## Stories over several runs (`--previous`)",
            "## The command",
            "Back to [the top](../README.md#tool) and [a bad one](../README.md#nope)."));
    Set<String> files = new HashSet<>(pages.keySet());
    files.add("docs/shot.png");

    List<String> problems = LinkChecker.problems(pages, files::contains);

    assertThat(problems)
        .containsExactly(
            "README.md:3: docs/running.md#the-command-line:"
                + " no heading 'the-command-line' in docs/running.md",
            "README.md:3: docs/gone.md: no such file",
            "docs/running.md:4: ../README.md#nope: no heading 'nope' in README.md");
  }

  @Test
  void anchorsFollowGitHubRules() {
    assertThat(LinkChecker.anchor("Stories over several runs (`--previous`)"))
        .isEqualTo("stories-over-several-runs---previous");
    assertThat(LinkChecker.anchor("Measured (this machine: 2 cores, JDK 17)"))
        .isEqualTo("measured-this-machine-2-cores-jdk-17");
    assertThat(LinkChecker.anchor("The report's browser test"))
        .isEqualTo("the-reports-browser-test");
    assertThat(LinkChecker.anchor("summary.json")).isEqualTo("summaryjson");
    assertThat(LinkChecker.anchor("See [the docs](docs/x.md) *now*")).isEqualTo("see-the-docs-now");
    assertThat(LinkChecker.anchors("# A\n## A\n```\n# not a heading\n```\n# B #"))
        .containsExactlyInAnyOrder("a", "a-1", "b");
  }

  private static Map<String, String> markdownFiles(Path root) throws IOException {
    Map<String, String> pages = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
          .filter(p -> !ignored(root.relativize(p)))
          .forEach(p -> pages.put(slashed(root.relativize(p)), read(p)));
    }
    return pages;
  }

  /** Build output, dependencies and hidden directories (.git, .ci) are not the project's pages. */
  private static boolean ignored(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashed(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finds the relative links of Markdown pages and checks them. Pages are keyed by their path from
   * the repository root with '/' separators; fenced code blocks and inline code hold no links.
   */
  static final class LinkChecker {
    private static final Pattern INLINE_LINK =
        Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION =
        Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)>?");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern HEADING =
        Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern HTML_ID = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");
    private static final Pattern LINK_TEXT = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private LinkChecker() {}

    /** One line per broken link: {@code page:line: target: what is wrong}. */
    static List<String> problems(Map<String, String> pages, Predicate<String> exists) {
      List<String> problems = new ArrayList<>();
      for (Map.Entry<String, String> page : pages.entrySet()) {
        List<String> lines = outsideCode(page.getValue());
        for (int i = 0; i < lines.size(); i++) {
          for (String target : targets(lines.get(i))) {
            String problem = check(page.getKey(), target, pages, exists);
            if (problem != null) {
              problems.add(page.getKey() + ":" + (i + 1) + ": " + target + ": " + problem);
            }
          }
        }
      }
      return problems;
    }

    /** The page's lines with fenced code blanked and inline code removed, line numbers kept. */
    private static List<String> outsideCode(String markdown) {
      List<String> lines = new ArrayList<>();
      boolean inFence = false;
      for (String line : markdown.split("\n", -1)) {
        if (FENCE.matcher(line).find()) {
          inFence = !inFence;
          lines.add("");
        } else {
          lines.add(inFence ? "" : CODE_SPAN.matcher(line).replaceAll(""));
        }
      }
      return lines;
    }

    private static List<String> targets(String line) {
      List<String> targets = new ArrayList<>();
      for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION)) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
          if (!SCHEME.matcher(m.group(1)).find()) {
            targets.add(m.group(1));
          }
        }
      }
      return targets;
    }

    private static String check(
        String page, String target, Map<String, String> pages, Predicate<String> exists) {
      int hash = target.indexOf('#');
      String path = (hash < 0 ? target : target.substring(0, hash)).replace("%20", " ");
      String fragment = hash < 0 ? "" : target.substring(hash + 1);
      String resolved = path.isEmpty() ? page : resolve(page, path);
      if (resolved == null || !exists.test(resolved)) {
        return "no such file";
      }
      if (fragment.isEmpty()) {
        return null;
      }
      String markdown = pages.get(resolved);
      if (markdown == null) {
        return "an anchor into a file that is not a Markdown page";
      }
      return anchors(markdown).contains(fragment)
          ? null
          : "no heading '" + fragment + "' in " + resolved;
    }

    /** The target's path from the root, or null when it leaves the repository. */
    private static String resolve(String page, String path) {
      List<String> parts = new ArrayList<>(List.of(page.split("/")));
      parts.remove(parts.size() - 1);
      for (String part : path.split("/")) {
        if (part.equals("..")) {
          if (parts.isEmpty()) {
            return null;
          }
          parts.remove(parts.size() - 1);
        } else if (!part.isEmpty() && !part.equals(".")) {
          parts.add(part);
        }
      }
      return parts.isEmpty() ? "." : String.join("/", parts);
    }

    /** The anchors GitHub gives a page's headings (repeats get -1, -2, ...), plus HTML ids. */
    static Set<String> anchors(String markdown) {
      Set<String> anchors = new HashSet<>();
      Map<String, Integer> seen = new TreeMap<>();
      for (String line : outsideCodeBlocksOnly(markdown)) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
          String base = anchor(heading.group(1));
          int n = seen.merge(base, 1, Integer::sum) - 1;
          anchors.add(n == 0 ? base : base + "-" + n);
        }
        Matcher id = HTML_ID.matcher(line);
        while (id.find()) {
          anchors.add(id.group(1));
        }
      }
      return anchors;
    }

    private static List<String> outsideCodeBlocksOnly(String markdown) {
      List<String> lines = new ArrayList<>();
      boolean inFence = false;
      for (String line : markdown.split("\n", -1)) {
        if (FENCE.matcher(line).find()) {
          inFence = !inFence;
        } else if (!inFence) {
          lines.add(line);
        }
      }
      return lines;
    }

    /**
     * GitHub's anchor for a heading: the rendered text (link text kept, code marks and emphasis
     * dropped), lower-cased, with everything but letters, digits, '_', '-' and spaces removed and
     * spaces turned into '-'.
     */
    static String anchor(String headingText) {
      String text = LINK_TEXT.matcher(headingText).replaceAll("$1");
      text = text.replace("`", "").replace("*", "").toLowerCase(Locale.ROOT);
      return NOT_IN_ANCHOR.matcher(text).replaceAll("").replace(' ', '-');
    }
  }
}
