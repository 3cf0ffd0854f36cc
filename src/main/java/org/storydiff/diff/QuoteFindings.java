package org.storydiff.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.Evidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.LanguageGroups;
import org.storydiff.model.Quote;
import org.storydiff.text.LanguageWords;

/**
 * Findings about quotes, direct and partial (both reported with kind "quote"; the detail says
 * "partial quote" for a partial one). Two quotes of different versions are the same quote when they
 * are one utterance ({@link QuoteIdentity}); a group holds only passages that all are. A version's
 * reading of a quote is all its matching quote parts in body order, so a quote split in two is no
 * change. Speakers compare as entities ({@link QuoteSpeakers}); how sure each finding is comes from
 * {@link FindingConfidence}.
 */
final class QuoteFindings {

  /** Words an agency may trim from a quote's ends without it counting as a change. */
  static final int TRIM_SLACK = 2;

  private final StoryIndex index;
  private final String storyId;
  private final QuoteSpeakers speakers;

  QuoteFindings(StoryIndex index, String storyId) {
    this.index = index;
    this.storyId = storyId;
    this.speakers = new QuoteSpeakers(index);
  }

  /** Groups the story's quotes and records each group with its findings. */
  void find(GroupRecorder out) {
    Groups<Quote> groups = new Groups<>();
    List<List<String>> words = new ArrayList<>();
    for (int v = 0; v < index.size(); v++) {
      for (var fact : index.version(v).facts()) {
        if (fact instanceof Quote q && index.isFindingFact(v, q)) {
          groups.add(v, q);
          words.add(QuoteWords.ownWords(q.quote()));
        }
      }
    }
    group(groups, words);
    for (Map<Integer, List<Quote>> group : groups.groups()) {
      List<Finding> findings = new ArrayList<>();
      findingsOf(group, findings);
      out.record(FactKind.QUOTE, Groups.members(group, (v, q) -> index.member(v, q)), findings);
    }
  }

  /**
   * Joins passages of one utterance ({@link QuoteIdentity}), the closest pairs first, and only when
   * every passage of one group is the same utterance as every passage of the other's versions
   * (complete linkage): a version that quotes two sentences together never chains two other
   * versions' different sentences into one group. Passages of one version join one group only with
   * one speaker (a quote split around its attribution), so words attributed to someone else never
   * join a passage.
   */
  private void group(Groups<Quote> groups, List<List<String>> words) {
    Scores score = new Scores(groups, words, index);
    // Pairs by score, highest first; within a score in index order, as they are generated.
    java.util.TreeMap<Double, PairList> byScore =
        new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    int n = groups.size();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = score.of(i, j);
        if (s > 0) {
          byScore.computeIfAbsent(s, k -> new PairList()).add(i, j);
        }
      }
    }
    for (PairList pairs : byScore.values()) {
      for (int k = 0; k < pairs.size(); k++) {
        int a = pairs.first(k);
        int b = pairs.second(k);
        if (!groups.sameGroup(a, b) && joinable(groups, score, a, b)) {
          groups.union(a, b);
        }
      }
    }
  }

  /**
   * {@link QuoteIdentity#sameUtterance} of two passages of different versions (0 within one
   * version), computed once per pair of distinct wordings: copies of one wire story quote the same
   * passages word for word, so a story of a thousand copies has a few dozen wordings, and comparing
   * every pair of passages would grow with the square of its versions.
   */
  private static final class Scores {
    private final Groups<Quote> groups;
    private final int[] wordingOf;
    private final List<List<String>> wordings = new ArrayList<>();
    private final Map<Long, Double> known = new HashMap<>();

    /**
     * Each wording's pairs of consecutive words, as sorted keys of two story-wide word numbers.
     * Passages that share no such pair are never one utterance (the anchor run of {@link
     * QuoteIdentity} is at least two words), so most pairs of a story's quotes are told apart
     * without a diff: the diffs were a seventh of the per-story work on real text.
     */
    private final List<long[]> wordPairs = new ArrayList<>();

    private final StoryIndex index;

    Scores(Groups<Quote> groups, List<List<String>> words, StoryIndex index) {
      this.groups = groups;
      this.index = index;
      this.wordingOf = new int[words.size()];
      Map<List<String>, Integer> ids = new HashMap<>();
      Map<String, Integer> wordIds = new HashMap<>();
      for (int i = 0; i < words.size(); i++) {
        wordingOf[i] =
            ids.computeIfAbsent(
                words.get(i),
                w -> {
                  wordings.add(w);
                  wordPairs.add(wordPairs(w, wordIds));
                  return wordings.size() - 1;
                });
      }
    }

    private static long[] wordPairs(List<String> words, Map<String, Integer> wordIds) {
      long[] pairs = new long[Math.max(0, words.size() - 1)];
      for (int k = 0; k < pairs.length; k++) {
        long first = wordIds.computeIfAbsent(words.get(k), w -> wordIds.size());
        long second = wordIds.computeIfAbsent(words.get(k + 1), w -> wordIds.size());
        pairs[k] = first << 32 | second;
      }
      java.util.Arrays.sort(pairs);
      return pairs;
    }

    private static boolean shareAny(long[] a, long[] b) {
      int i = 0;
      int j = 0;
      while (i < a.length && j < b.length) {
        if (a[i] == b[j]) {
          return true;
        } else if (a[i] < b[j]) {
          i++;
        } else {
          j++;
        }
      }
      return false;
    }

    /** The score of passages {@code i} and {@code j}, in either order. */
    double of(int i, int j) {
      if (groups.member(i).version() == groups.member(j).version()) {
        return 0;
      }
      // Compared in index order, as sameUtterance need not be symmetric for equal lengths.
      int a = wordingOf[Math.min(i, j)];
      int b = wordingOf[Math.max(i, j)];
      if (!shareAny(wordPairs.get(a), wordPairs.get(b))) {
        return 0;
      }
      // Content words in the language of the first passage's version (a story is one language),
      // looked up only when the pair is not scored yet.
      return known.computeIfAbsent(
          ((long) a << 32) | b,
          k ->
              QuoteIdentity.sameUtterance(
                  wordings.get(a),
                  wordings.get(b),
                  LanguageWords.of(
                      index.version(groups.member(i).version()).article().language())));
    }
  }

  /** Pairs of passage indexes, packed two to a long. */
  private static final class PairList {
    private long[] pairs = new long[16];
    private int size;

    void add(int i, int j) {
      if (size == pairs.length) {
        pairs = java.util.Arrays.copyOf(pairs, size * 2);
      }
      pairs[size++] = ((long) i << 32) | j;
    }

    int size() {
      return size;
    }

    int first(int k) {
      return (int) (pairs[k] >>> 32);
    }

    int second(int k) {
      return (int) pairs[k];
    }
  }

  private boolean joinable(Groups<Quote> groups, Scores score, int a, int b) {
    List<Integer> inA = new ArrayList<>();
    List<Integer> inB = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      if (groups.sameGroup(i, a)) {
        inA.add(i);
      } else if (groups.sameGroup(i, b)) {
        inB.add(i);
      }
    }
    for (int i : inA) {
      for (int j : inB) {
        Groups.Member<Quote> mi = groups.member(i);
        Groups.Member<Quote> mj = groups.member(j);
        boolean ok =
            mi.version() == mj.version() ? oneSpeaker(mi.item(), mj.item()) : score.of(i, j) > 0;
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean oneSpeaker(Quote a, Quote b) {
    return a.speakerName() == null
        || b.speakerName() == null
        || a.speakerName().equals(b.speakerName());
  }

  private void findingsOf(Map<Integer, List<Quote>> group, List<Finding> out) {
    if (group.size() == 1) {
      int v = group.keySet().iterator().next();
      Quote q = group.get(v).get(0);
      out.add(
          FindingConfidence.quotePresence(q)
              .applyTo(spanFinding(v, ChangeType.ADDED, q, List.of(), QuoteDetail.added(q))));
      return;
    }
    Map<Integer, List<String>> wording = new HashMap<>();
    group.forEach((v, quotes) -> wording.put(v, joinedWords(quotes)));
    Map<Integer, List<List<String>>> excerpts = new HashMap<>();
    group.forEach(
        (v, quotes) -> {
          if (quotes.stream().allMatch(Quote::partial)) {
            excerpts.put(v, quotes.stream().map(q -> QuoteWords.of(q.quote())).toList());
          }
        });
    Map<Integer, Integer> wordingClass = nearEqualClasses(wording, excerpts);
    Map<Integer, Quote> firstQuote = new HashMap<>();
    group.forEach((v, quotes) -> firstQuote.put(v, quotes.get(0)));
    Map<Integer, Integer> speakers = this.speakers.classes(firstQuote);
    var rewordedVersions = Consensus.dissenters(wordingClass);
    var respokenVersions = Consensus.dissenters(speakers);
    for (int v : group.keySet()) {
      boolean reworded = rewordedVersions.contains(v);
      boolean respoken = respokenVersions.contains(v);
      if (reworded || respoken) {
        changed(v, group, wording, wordingClass, speakers, reworded, respoken, out);
      }
    }
    omissions(group, out);
  }

  /**
   * The findings of a version whose wording or speaker differs from the others': one finding for
   * what is certain enough to assert (the wording, a speaker change both versions name), and a
   * separate low-confidence one for a speaker difference the job is unsure of, so that doubt never
   * rides on an asserted row.
   */
  private void changed(
      int v,
      Map<Integer, List<Quote>> group,
      Map<Integer, List<String>> wording,
      Map<Integer, Integer> wordingClass,
      Map<Integer, Integer> speakers,
      boolean reworded,
      boolean respoken,
      List<Finding> out) {
    Quote mine = compared(group.get(v));
    List<Evidence> asserted = new ArrayList<>();
    List<Evidence> unsure = new ArrayList<>();
    String speakerDetail = null;
    String unsureDetail = null;
    String wordingDetail = null;
    FindingConfidence.Judgement wordingJudgement = null;
    FindingConfidence.Judgement unsureJudgement = null;
    for (var e : group.entrySet()) {
      int w = e.getKey();
      if (w == v) {
        continue;
      }
      Quote theirs = e.getValue().get(0);
      boolean wordsDiffer = reworded && !wordingClass.get(w).equals(wordingClass.get(v));
      QuoteSpeakers.Relation relation =
          respoken && speakers.containsKey(w) && !speakers.get(w).equals(speakers.get(v))
              ? this.speakers.compare(mine, theirs)
              : QuoteSpeakers.Relation.SAME_OR_UNKNOWN;
      if (relation == QuoteSpeakers.Relation.CERTAIN
          && Math.min(wording.get(v).size(), wording.get(w).size())
              < QuoteIdentity.SPEAKER_CLAIM_WORDS) {
        relation = QuoteSpeakers.Relation.UNSURE; // "as quickly as possible" is anyone's words
      }
      boolean certain = relation == QuoteSpeakers.Relation.CERTAIN;
      if (wordsDiffer || certain) {
        e.getValue().forEach(q -> asserted.add(evidence(w, q)));
      }
      if (relation == QuoteSpeakers.Relation.UNSURE) {
        e.getValue().forEach(q -> unsure.add(evidence(w, q)));
      }
      if (certain && speakerDetail == null) {
        speakerDetail = QuoteDetail.speaker(theirs.speaker(), mine.speaker());
      }
      if (relation == QuoteSpeakers.Relation.UNSURE && unsureDetail == null) {
        unsureDetail = QuoteDetail.speaker(theirs.speaker(), mine.speaker());
        unsureJudgement = FindingConfidence.quoteSpeaker(mine, theirs, relation);
      }
      if (wordsDiffer && wordingDetail == null) {
        wordingDetail = QuoteDetail.wording(wording.get(w), wording.get(v));
        boolean partial =
            group.get(v).stream().anyMatch(Quote::partial)
                || e.getValue().stream().anyMatch(Quote::partial);
        boolean titleOrTerm =
            group.get(v).stream().anyMatch(QuoteIdentity::titleOrTerm)
                || e.getValue().stream().anyMatch(QuoteIdentity::titleOrTerm);
        boolean acrossParagraphs =
            group.get(v).stream().anyMatch(q -> q.text().contains("\n\n"))
                || e.getValue().stream().anyMatch(q -> q.text().contains("\n\n"));
        boolean marksElsewhere =
            QuoteWords.onlyCuts(wording.get(w), wording.get(v))
                    && inOtherQuotes(v, group.get(v), wording.get(w), wording.get(v))
                || QuoteWords.onlyCuts(wording.get(v), wording.get(w))
                    && inOtherQuotes(w, e.getValue(), wording.get(v), wording.get(w));
        wordingJudgement =
            marksElsewhere
                ? new FindingConfidence.Judgement(
                    Confidence.LOW,
                    "the words cut stand in that version's next or previous quotation: its marks"
                        + " fall elsewhere")
                : FindingConfidence.quoteWording(
                    wording.get(w),
                    wording.get(v),
                    partial,
                    titleOrTerm,
                    acrossParagraphs,
                    LanguageWords.of(LanguageGroups.codeOf(index.version(v).article().language())));
      }
    }
    if (!asserted.isEmpty()) {
      List<String> detail = new ArrayList<>();
      if (speakerDetail != null) {
        detail.add(speakerDetail);
      }
      if (wordingDetail != null) {
        detail.add(wordingDetail);
      }
      String line = QuoteDetail.label(mine) + " " + String.join("; ", detail);
      FindingConfidence.Judgement judged =
          wordingJudgement == null ? FindingConfidence.Judgement.HIGH : wordingJudgement;
      out.add(judged.applyTo(spanFinding(v, ChangeType.CHANGED, mine, asserted, line)));
    }
    if (!unsure.isEmpty()) {
      String line = QuoteDetail.label(mine) + " " + unsureDetail;
      out.add(unsureJudgement.applyTo(spanFinding(v, ChangeType.CHANGED, mine, unsure, line)));
    }
  }

  /**
   * Whether the words {@code longer} has beyond {@code shorter} (version {@code v}'s wording of the
   * quote, made of {@code quotes}) all stand in another quotation of version {@code v}: the same
   * words, with the quotation marks placed elsewhere ("…," said X. "Which is what …" against one
   * quotation), so nothing was cut.
   */
  private boolean inOtherQuotes(
      int v, List<Quote> quotes, List<String> longer, List<String> shorter) {
    List<String> extra = new ArrayList<>(longer);
    shorter.forEach(extra::remove);
    if (extra.isEmpty()) {
      return false;
    }
    Set<String> elsewhere = new HashSet<>();
    for (var fact : index.version(v).facts()) {
      if (fact instanceof Quote q && !quotes.contains(q)) {
        elsewhere.addAll(QuoteWords.of(q.quote()));
      }
    }
    return elsewhere.containsAll(extra);
  }

  private Evidence evidence(int v, Quote q) {
    return new Evidence(index.version(v).id(), q.start(), q.end(), q.text());
  }

  private void omissions(Map<Integer, List<Quote>> group, List<Finding> out) {
    if (!Consensus.mostOthersCarry(group.size(), index.size())) {
      return;
    }
    Quote first = group.values().iterator().next().get(0);
    for (int u = 0; u < index.size(); u++) {
      if (!group.containsKey(u)) {
        List<Evidence> others = new ArrayList<>();
        group.forEach(
            (w, quotes) ->
                quotes.forEach(
                    q ->
                        others.add(
                            new Evidence(index.version(w).id(), q.start(), q.end(), q.text()))));
        out.add(
            FindingConfidence.quotePresence(first)
                .applyTo(
                    new Finding(
                        storyId,
                        index.version(u).id(),
                        index.version(u).article().source(),
                        ChangeType.OMITTED,
                        FactKind.QUOTE,
                        null,
                        null,
                        null,
                        others,
                        QuoteDetail.omitted(first, group.size(), index.size() - 1))));
      }
    }
  }

  /**
   * The words of one version's quotes of a group, in body order; a quote that repeats words of
   * another of them (the article quotes the line twice, once in part) counts once, so a rewording
   * is not read from the same words twice.
   */
  private static List<String> joinedWords(List<Quote> parts) {
    List<List<String>> words = parts.stream().map(q -> QuoteWords.of(q.quote())).toList();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!repeatsAnother(words, i)) {
        all.addAll(words.get(i));
      }
    }
    return all;
  }

  /**
   * The passage a version's row points at: its first one whose words are compared ({@link
   * #joinedWords}), not an excerpt of another. "Marsh said the harbour was 'dead in the water'"
   * above the letter it quotes is compared as the letter, and the row must show the letter.
   */
  private static Quote compared(List<Quote> parts) {
    List<List<String>> words = parts.stream().map(q -> QuoteWords.of(q.quote())).toList();
    for (int i = 0; i < parts.size(); i++) {
      if (!repeatsAnother(words, i)) {
        return parts.get(i);
      }
    }
    return parts.get(0);
  }

  /** Whether quote {@code i}'s words are an excerpt of a longer (or earlier equal) quote's. */
  private static boolean repeatsAnother(List<List<String>> words, int i) {
    for (int j = 0; j < words.size(); j++) {
      int longer = Integer.compare(words.get(j).size(), words.get(i).size());
      if (j != i
          && (longer > 0 || (longer == 0 && j < i))
          && QuoteWords.onlyCuts(words.get(j), words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Class ids such that nearly equal wordings share one, longest wordings first as the reference. A
   * version that quotes only partially ({@code excerpts}: its quotes' words) agrees with any
   * wording each of its excerpts only cuts words from, up to form: quoting a few words of a
   * statement is not rewording it.
   */
  private static Map<Integer, Integer> nearEqualClasses(
      Map<Integer, List<String>> wording, Map<Integer, List<List<String>>> excerpts) {
    List<Integer> order = new ArrayList<>(wording.keySet());
    order.sort(
        (a, b) ->
            wording.get(b).size() != wording.get(a).size()
                ? Integer.compare(wording.get(b).size(), wording.get(a).size())
                : Integer.compare(a, b));
    Map<Integer, Integer> classes = new HashMap<>();
    List<Integer> representatives = new ArrayList<>();
    for (int v : order) {
      Integer cls = null;
      for (int r = 0; r < representatives.size() && cls == null; r++) {
        List<String> reference = wording.get(representatives.get(r));
        if (QuoteWords.nearlyEqual(reference, wording.get(v), TRIM_SLACK)
            || QuoteWords.formOnly(reference, wording.get(v))
            || excerpts.containsKey(v)
                && excerpts.get(v).stream().allMatch(e -> QuoteWords.excerptInForm(reference, e))) {
          cls = r;
        }
      }
      if (cls == null) {
        representatives.add(v);
        cls = representatives.size() - 1;
      }
      classes.put(v, cls);
    }
    return classes;
  }

  private Finding spanFinding(
      int v, ChangeType change, Quote q, List<Evidence> others, String detail) {
    var article = index.version(v).article();
    return new Finding(
        storyId,
        article.id(),
        article.source(),
        change,
        FactKind.QUOTE,
        q.start(),
        q.end(),
        q.text(),
        others,
        detail);
  }
}
