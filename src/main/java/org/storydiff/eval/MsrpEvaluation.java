package org.storydiff.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storydiff.align.SentencePairJudge;
import org.storydiff.align.SentencePairJudge.Judgement;

/**
 * Measures the aligner's sentence-pair decision on the dataset-sts collection: MSRP (pairs from
 * same-story news clusters labelled equivalent or not) and the SemEval STS news-headline pairs
 * (similarity 0-5). On MSRP the decision "same" (aligned with relation SAME) is compared with the
 * equivalence label; thresholds are chosen on train + val and then applied to test. On STS the pair
 * score is correlated with the gold similarity.
 *
 * <p>The file names follow dataset-sts: its MSRP train/test are the corpus's usual train/test (the
 * collection swapped the original download's names back), val is the last 500 train pairs.
 */
public final class MsrpEvaluation {

  /** STS: "the same statement, details may differ" (3 = roughly equivalent) and up. */
  static final double STS_ALIGNED = 3.0;

  /** STS: "mostly equivalent, unimportant details differ" and up. */
  static final double STS_SAME = 4.0;

  private final SentencePairJudge judge = new SentencePairJudge();
  private final PrintStream out;

  public MsrpEvaluation(PrintStream out) {
    this.out = out;
  }

  /**
   * @param data the dataset-sts {@code data} folder (holding {@code para/} and {@code sts/})
   */
  public void run(Path data) throws IOException {
    Path msr = data.resolve("para/msr");
    List<LabelledPair> train = LabelledPair.readMsrp(msr.resolve("msr-para-train.tsv"));
    List<LabelledPair> val = LabelledPair.readMsrp(msr.resolve("msr-para-val.tsv"));
    List<LabelledPair> test = LabelledPair.readMsrp(msr.resolve("msr-para-test.tsv"));
    List<LabelledPair> calibration = new ArrayList<>(train);
    calibration.addAll(val);
    out.println(
        "MSRP: gold = equivalent (1) or not (0); decision \"same\" = aligned with relation same");
    Scored cal = score(calibration);
    Scored tst = score(test);
    line("train+val", cal.counts(false));
    line("test", tst.counts(false));
    out.println("MSRP: decision \"aligned\" (same or changed) against the same gold");
    line("train+val", cal.counts(true));
    line("test", tst.counts(true));
    ThresholdSweep.Choice choice = ThresholdSweep.best(cal.scores, cal.substance, cal.gold);
    out.printf(
        Locale.ROOT,
        "MSRP calibration: best \"substance agrees and score >= t\" on train+val: t = %.2f (%s)%n",
        choice.threshold(),
        choice.counts().summary());
    line(
        "test at that t",
        ThresholdSweep.apply(choice.threshold(), tst.scores, tst.substance, tst.gold));
    ThresholdSweep.Choice plain = ThresholdSweep.best(cal.scores, all(cal.scores.length), cal.gold);
    out.printf(
        Locale.ROOT, "MSRP baseline: score >= t alone, t = %.2f on train+val%n", plain.threshold());
    line(
        "test at that t",
        ThresholdSweep.apply(plain.threshold(), tst.scores, all(tst.scores.length), tst.gold));
    sts(data.resolve("sts/semeval-sts"));
  }

  private void sts(Path root) throws IOException {
    List<LabelledPair> pairs = new ArrayList<>();
    try (var years = Files.list(root)) {
      for (Path year : years.sorted().toList()) {
        Path file = year.resolve("headlines.test.tsv");
        if (Files.isRegularFile(file)) {
          pairs.addAll(LabelledPair.readSts(file));
        }
      }
    }
    Scored s = score(pairs);
    double[] gold = pairs.stream().mapToDouble(LabelledPair::label).toArray();
    out.printf(
        Locale.ROOT,
        "STS headlines (%d pairs): Pearson %.3f, Spearman %.3f (pair score vs gold 0-5)%n",
        pairs.size(),
        Correlation.pearson(s.scores, gold),
        Correlation.spearman(s.scores, gold));
    BinaryCounts aligned = BinaryCounts.EMPTY;
    BinaryCounts same = BinaryCounts.EMPTY;
    for (int i = 0; i < pairs.size(); i++) {
      aligned = aligned.add(s.judgements.get(i).aligned(), gold[i] >= STS_ALIGNED);
      same = same.add(s.judgements.get(i).same(), gold[i] >= STS_SAME);
    }
    line("aligned vs gold >= 3", aligned);
    line("same vs gold >= 4", same);
  }

  private void line(String what, BinaryCounts counts) {
    out.printf(Locale.ROOT, "  %-22s %s%n", what, counts.summary());
  }

  private Scored score(List<LabelledPair> pairs) {
    List<Judgement> judgements = pairs.stream().map(p -> judge.judge(p.a(), p.b())).toList();
    return new Scored(pairs, judgements);
  }

  private static boolean[] all(int n) {
    boolean[] out = new boolean[n];
    java.util.Arrays.fill(out, true);
    return out;
  }

  /** Judgements of labelled pairs, with the arrays the threshold sweep needs. */
  private static final class Scored {
    final List<Judgement> judgements;
    final double[] scores;
    final boolean[] substance;
    final boolean[] gold;

    Scored(List<LabelledPair> pairs, List<Judgement> judgements) {
      this.judgements = judgements;
      int n = pairs.size();
      scores = new double[n];
      substance = new boolean[n];
      gold = new boolean[n];
      for (int i = 0; i < n; i++) {
        scores[i] = judgements.get(i).score();
        substance[i] = judgements.get(i).substanceAgrees();
        gold[i] = pairs.get(i).label() >= 0.5;
      }
    }

    BinaryCounts counts(boolean alignedOnly) {
      BinaryCounts c = BinaryCounts.EMPTY;
      for (int i = 0; i < gold.length; i++) {
        Judgement j = judgements.get(i);
        c = c.add(alignedOnly ? j.aligned() : j.same(), gold[i]);
      }
      return c;
    }
  }
}
