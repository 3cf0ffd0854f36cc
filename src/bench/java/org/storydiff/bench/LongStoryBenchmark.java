package org.storydiff.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storydiff.align.StoryAligner;
import org.storydiff.diff.FindingDetector;
import org.storydiff.diff.StoryDiff;
import org.storydiff.lineage.LineageFinder;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Finding;
import org.storydiff.pipeline.ArticleAnalyzer;

/**
 * {@code scripts/benchmark longstory}: one generated story told by many outlets in 430-900-word
 * versions (copies of the wire text with small edits, moved paragraphs, cut and added sentences,
 * changed figures; rewrites; independent tellings), through the story pipeline's steps in plain
 * Java, timed step by step, with the peak heap. The findings' digest lets two builds be compared on
 * the same story. Single-threaded; not part of the tests.
 */
final class LongStoryBenchmark {

  private LongStoryBenchmark() {}

  /** Lines to print for one story of {@code versions} versions. */
  static List<String> run(SyntheticCorpus corpus, int versions) {
    List<GeneratedArticle> story =
        corpus.storyWithVersions(LineageBenchmark.firstMultiVersion(corpus), versions);
    HeapPeaks.reset();
    long t0 = System.nanoTime();
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    List<AnalyzedArticle> analyzed = new ArrayList<>(story.size());
    story.forEach(g -> analyzed.add(analyzer.analyze(g.article())));
    long t1 = System.nanoTime();
    List<Alignment> alignments = new StoryAligner().align(analyzed);
    long t2 = System.nanoTime();
    StoryDiff diff = new FindingDetector().diff("long", analyzed, alignments);
    long t3 = System.nanoTime();
    new LineageFinder().find(analyzed, analyzed, alignments);
    long t4 = System.nanoTime();
    long heap = HeapPeaks.bytes();
    long rss = ProcStatus.peakRssBytes(ProcessHandle.current().pid());
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "longstory: %d versions of %d-%d words, %d sentences, %d alignments",
            versions,
            analyzed.stream().mapToInt(LongStoryBenchmark::words).min().orElse(0),
            analyzed.stream().mapToInt(LongStoryBenchmark::words).max().orElse(0),
            analyzed.stream().mapToInt(v -> v.sentences().size()).sum(),
            alignments.size()));
    out.add(
        String.format(
            Locale.ROOT,
            "longstory: seconds analyze %.1f, align %.1f, diff %.1f, lineage %.1f, total %.1f;"
                + " peak heap used %,d MiB, peak resident %,d MiB",
            (t1 - t0) / 1e9,
            (t2 - t1) / 1e9,
            (t3 - t2) / 1e9,
            (t4 - t3) / 1e9,
            (t4 - t0) / 1e9,
            heap >> 20,
            rss >> 20));
    out.add(findingLine(diff.findings()));
    return out;
  }

  private static int words(AnalyzedArticle v) {
    String body = v.article().body().strip();
    return body.isEmpty() ? 0 : body.split("\\s+").length;
  }

  /** Findings by change and kind, the evidence they carry, and a digest of them all. */
  private static String findingLine(List<Finding> findings) {
    Map<String, Integer> byKind = new TreeMap<>();
    int evidence = 0;
    int most = 0;
    MessageDigest digest = sha256();
    for (Finding f : findings) {
      byKind.merge(f.change() + "/" + f.kind(), 1, Integer::sum);
      evidence += f.others().size();
      most = Math.max(most, f.others().size());
      digest.update(f.toString().getBytes(StandardCharsets.UTF_8));
    }
    return String.format(
        Locale.ROOT,
        "longstory: %d findings %s; %d evidence sentences, at most %d on one finding; digest %s",
        findings.size(),
        byKind,
        evidence,
        most,
        HexFormat.of().formatHex(digest.digest()).substring(0, 16));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
