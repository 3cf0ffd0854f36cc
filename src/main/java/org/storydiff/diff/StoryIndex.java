package org.storydiff.diff;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.align.StoryNames;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Fact;
import org.storydiff.model.FactGroup;
import org.storydiff.model.Figure;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.SentenceTokens;

/**
 * Lookups over one story that every finding rule needs: versions by position, which sentences are
 * aligned to which, and the content words of each sentence. Versions are addressed by their index
 * in the (id-sorted) version list. Built once per story and read by one thread, as {@link
 * FindingDetector} does: lookups remember their answers and share scratch counters.
 */
final class StoryIndex {

  /** A sentence of a version: {@code version} indexes the id-sorted version list. */
  record SentenceRef(int version, int sentence) {}

  private final List<AnalyzedArticle> versions;
  private final Map<String, Integer> versionById = new HashMap<>();
  private final Map<SentenceRef, List<SentenceRef>> aligned = new HashMap<>();
  private final List<List<Set<String>>> contentWords = new ArrayList<>();
  private final Set<SentenceRef> sentencesWithFacts = new HashSet<>();
  private final Set<SentenceRef> sentencesWithQuotes = new HashSet<>();
  private final Set<String> names;

  /** Each sentence's quantity figures as "value|unit" keys: the same figure in another sentence. */
  private final Map<SentenceRef, Set<String>> figureKeys = new HashMap<>();

  /** Content words of a sentence without its numbers, by sentence, as asked for. */
  private final Map<SentenceRef, Set<String>> wordsBesideNumbers = new HashMap<>();

  /**
   * Content word → the sentences holding it, as numbers into {@link #sentenceRefs}: a statement's
   * carriers are found from the sentences sharing its words, never by scanning every sentence of
   * every version (which made the statement rules quadratic in the story's sentences).
   */
  private final Map<String, int[]> postings;

  private final List<SentenceRef> sentenceRefs = new ArrayList<>();

  /** Versions carrying each statement asked about, by statement and coverage. */
  private final Map<CarryQuestion, BitSet> carriers = new HashMap<>();

  private record CarryQuestion(SentenceRef statement, double minCoverage) {}

  /**
   * Lookups made, so a test can tell that the rules' work grows with the story's size rather than
   * with its versions squared, without timing anything.
   */
  private long sentenceLookups;

  private long alignmentLookups;

  StoryIndex(List<AnalyzedArticle> versions, List<Alignment> alignments) {
    this.versions = versions;
    this.names = StoryNames.of(versions);
    for (int v = 0; v < versions.size(); v++) {
      versionById.put(versions.get(v).id(), v);
      contentWords.add(contentWordsOf(versions.get(v)));
      for (Fact f : versions.get(v).facts()) {
        // Dates, times and ordinals are never added or omitted on their own (FigureFindings), so a
        // sentence that has only those is still a statement that can be.
        if (!(f instanceof Figure g) || g.isQuantity()) {
          sentencesWithFacts.add(new SentenceRef(v, f.sentence()));
        }
        if (!(f instanceof Figure)) {
          sentencesWithQuotes.add(new SentenceRef(v, f.sentence()));
        } else if (f instanceof Figure g && g.isQuantity()) {
          figureKeys
              .computeIfAbsent(new SentenceRef(v, f.sentence()), k -> new HashSet<>())
              .add(g.value() + "|" + g.valueMin() + "|" + g.valueMax() + "|" + g.unit());
        }
      }
    }
    postings = postingsOf(contentWords, sentenceRefs);
    for (Alignment a : alignments) {
      SentenceRef left = new SentenceRef(versionById.get(a.articleA()), a.sentenceA());
      SentenceRef right = new SentenceRef(versionById.get(a.articleB()), a.sentenceB());
      aligned.computeIfAbsent(left, k -> new ArrayList<>()).add(right);
      aligned.computeIfAbsent(right, k -> new ArrayList<>()).add(left);
    }
  }

  int size() {
    return versions.size();
  }

  AnalyzedArticle version(int v) {
    return versions.get(v);
  }

  /** Content stems and number norms of version {@code v}'s tokens within [start, end). */
  Set<String> wordsIn(int v, int start, int end) {
    SentenceTokens tokens = versions.get(v).tokens();
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.start(i) >= start && tokens.end(i) <= end) {
        if (tokens.isContent(i)) {
          out.add(tokens.stem(i));
        } else if (tokens.isNumber(i)) {
          out.add(tokens.norm(i));
        }
      }
    }
    return out;
  }

  /** The position of the version with this id, or null when the story has none. */
  Integer versionOf(String articleId) {
    return versionById.get(articleId);
  }

  /** The sentence holding offset {@code at} of the named version, or null. */
  SentenceRef sentenceAt(String articleId, int at) {
    sentenceLookups++;
    Integer v = versionById.get(articleId);
    if (v == null) {
      return null;
    }
    for (var s : versions.get(v).sentences()) {
      if (s.start() <= at && at < s.end()) {
        return new SentenceRef(v, s.index());
      }
    }
    return null;
  }

  /** Sentences of other versions aligned to this one (empty when none). */
  List<SentenceRef> alignedTo(SentenceRef ref) {
    alignmentLookups++;
    return aligned.getOrDefault(ref, List.of());
  }

  /** Calls of {@link #sentenceAt} so far. */
  long sentenceLookups() {
    return sentenceLookups;
  }

  /** Calls of {@link #alignedTo} so far. */
  long alignmentLookups() {
    return alignmentLookups;
  }

  boolean isAligned(SentenceRef a, SentenceRef b) {
    return alignedTo(a).contains(b);
  }

  /**
   * Least share of the shorter version's running-text sentences aligned to the other for two
   * versions to be rewrites of one copy. Agencies' versions of one wire keep most sentences (0.7 to
   * 0.95 on wirediff and sample-data); outlets writing their own stories of one event share few
   * (half of ECB+'s and semeval's pairs none, nine in ten at most 0.4).
   */
  static final double REWRITE_SHARE = 0.5;

  private final Map<Long, Boolean> rewrites = new HashMap<>();

  /** Whether versions {@code a} and {@code b} are rewrites of one copy ({@link #REWRITE_SHARE}). */
  boolean areRewrites(int a, int b) {
    long key = Math.min(a, b) * (long) Integer.MAX_VALUE + Math.max(a, b);
    return rewrites.computeIfAbsent(key, k -> alignedShare(a, b) >= REWRITE_SHARE);
  }

  private double alignedShare(int a, int b) {
    int alignedA = alignedSentences(a, b);
    int alignedB = alignedSentences(b, a);
    int shorter = Math.min(bodySentences(a), bodySentences(b));
    return shorter == 0 ? 0 : Math.min(alignedA, alignedB) / (double) shorter;
  }

  private int alignedSentences(int from, int to) {
    int n = 0;
    for (int s = 0; s < versions.get(from).sentences().size(); s++) {
      for (SentenceRef r : aligned.getOrDefault(new SentenceRef(from, s), List.of())) {
        if (r.version() == to) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private int bodySentences(int v) {
    int n = 0;
    for (int s = 0; s < versions.get(v).sentences().size(); s++) {
      n += isFindingSentence(v, s) ? 1 : 0;
    }
    return n;
  }

  /**
   * Findings come only from running text: headlines restate the body and boilerplate (datelines,
   * captions, credits) is added or dropped freely by agencies.
   */
  boolean isFindingSentence(int v, int sentence) {
    return versions.get(v).sentences().get(sentence).kind() == SentenceKind.BODY;
  }

  boolean isFindingFact(int v, Fact fact) {
    return isFindingSentence(v, fact.sentence());
  }

  /** A fact of version {@code v} as a member of its group. */
  FactGroup.Member member(int v, Fact fact) {
    return new FactGroup.Member(versions.get(v).id(), fact.factId(), fact.sentence());
  }

  /** Sentence {@code sentence} of version {@code v} as a member of a statement group. */
  FactGroup.Member statementMember(int v, int sentence) {
    String articleId = versions.get(v).id();
    return new FactGroup.Member(articleId, FactGroup.sentenceId(articleId, sentence), sentence);
  }

  Set<String> contentWords(int v, int sentence) {
    return contentWords.get(v).get(sentence);
  }

  /**
   * Dice overlap of two sentences' content words, numbers left out: how much two sentences say the
   * same thing apart from the figures in them.
   */
  double wordOverlapBesideNumbers(SentenceRef a, SentenceRef b) {
    Set<String> wa = wordsBesideNumbers(a);
    Set<String> wb = wordsBesideNumbers(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : wa) {
      if (wb.contains(w)) {
        shared++;
      }
    }
    return 2.0 * shared / (wa.size() + wb.size());
  }

  /**
   * Remembered per sentence: the figure rules ask for every pair of a story's residual figures, so
   * one sentence is asked about many times.
   */
  private Set<String> wordsBesideNumbers(SentenceRef ref) {
    return wordsBesideNumbers.computeIfAbsent(
        ref, r -> withoutNumbers(contentWords(r.version(), r.sentence())));
  }

  private static Set<String> withoutNumbers(Set<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (!Character.isDigit(w.charAt(0))) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether the sentence holds a direct quote: its statement is the quote's (QuoteFindings). */
  boolean hasQuotes(int v, int sentence) {
    return sentencesWithQuotes.contains(new SentenceRef(v, sentence));
  }

  boolean hasFacts(int v, int sentence) {
    return sentencesWithFacts.contains(new SentenceRef(v, sentence));
  }

  /**
   * Whether version {@code v} has a sentence covering most of the given content words: a safety net
   * for statements the aligner missed, so a missed alignment does not become a false finding.
   */
  boolean coversWords(int v, Set<String> words, double minCoverage) {
    if (words.isEmpty()) {
      return false;
    }
    for (int s = 0; s < contentWords.get(v).size(); s++) {
      if (covers(new SentenceRef(v, s), words, minCoverage)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Share of a statement's content words a sentence sharing one of its distinctive numbers must
   * cover to carry it: "at least 37 people died after the ferry overturned" and "37 people were
   * killed when a crowded ferry capsized" share little wording but the toll and the ferry.
   */
  static final double ANCHORED_COVERAGE = 0.25;

  /** Numbers from this value up (or with a fraction) are rare enough to anchor a statement. */
  static final double MIN_ANCHOR = 13;

  /**
   * Names (people, places, parties) a sentence must share with a statement, beside {@link
   * #NAMED_COVERAGE} of its words, to carry it: "Kavir and Dassar agreed on Friday to halt fighting
   * in the Ranhal Valley" and "... agreed late on Friday to a 14-day pause in fighting in the
   * disputed Ranhal Valley" are one statement in other words.
   */
  static final int MIN_SHARED_NAMES = 3;

  static final double NAMED_COVERAGE = 0.5;

  /**
   * Whether version {@code v} carries the statement made by sentence {@code statement} of another
   * version, though no alignment says so: one of its sentences, or two that each carry a part (see
   * {@link #PART_COVERAGE}), covers {@code minCoverage} of its content words; or a sentence shares
   * {@link #MIN_SHARED_NAMES} names and {@link #NAMED_COVERAGE} of them; or a sentence shares one
   * of its anchors and {@link #ANCHORED_COVERAGE} of them. Anchors are its figures (same value and
   * unit) and its distinctive numbers (see {@link #MIN_ANCHOR}): numbers and names anchor a
   * statement told in other words, while small numbers alone ("two sides") are too common to.
   */
  boolean carries(int v, SentenceRef statement, double minCoverage) {
    return carriers
        .computeIfAbsent(
            new CarryQuestion(statement, minCoverage), q -> carriersOf(statement, minCoverage))
        .get(v);
  }

  /**
   * The versions that carry the statement (see {@link #carries}), found from the sentences that
   * share at least one of its words: a sentence sharing none covers no share of them, holds none of
   * its names and none of its anchors.
   */
  private BitSet carriersOf(SentenceRef statement, double minCoverage) {
    Set<String> words = contentWords(statement.version(), statement.sentence());
    BitSet out = new BitSet(versions.size());
    if (words.isEmpty()) {
      return out;
    }
    Sharing sharing = sharing(words);
    int n = words.size();
    Set<String> anchors = null;
    Map<Integer, List<Set<String>>> partsByVersion = new HashMap<>();
    for (int i = 0; i < sharing.sentences().length; i++) {
      SentenceRef candidate = sentenceRefs.get(sharing.sentences()[i]);
      int v = candidate.version();
      int shared = sharing.words()[i];
      if (out.get(v)) {
        continue;
      }
      if (shared >= minCoverage * n
          || (sharing.names()[i] >= MIN_SHARED_NAMES && shared >= NAMED_COVERAGE * n)) {
        out.set(v);
        continue;
      }
      if (shared >= PART_COVERAGE * n) {
        partsByVersion
            .computeIfAbsent(v, k -> new ArrayList<>())
            .add(contentWords(v, candidate.sentence()));
      }
      if (shared >= ANCHORED_COVERAGE * n) {
        if (anchors == null) {
          anchors = anchors(statement);
        }
        if (!anchors.isEmpty() && !Collections.disjoint(anchors, anchors(candidate))) {
          out.set(v);
        }
      }
    }
    partsByVersion.forEach(
        (v, parts) -> {
          if (!out.get(v) && twoCover(parts, words, minCoverage)) {
            out.set(v);
          }
        });
    return out;
  }

  private static final int[] NO_SENTENCES = new int[0];

  /**
   * The versions with a sentence covering at least {@code minCoverage} of the words (see {@link
   * #coversWords}), from the sentences sharing any of them.
   */
  BitSet versionsCovering(Set<String> words, double minCoverage) {
    BitSet out = new BitSet(versions.size());
    if (words.isEmpty()) {
      return out;
    }
    Sharing sharing = sharing(words);
    for (int i = 0; i < sharing.sentences().length; i++) {
      if (sharing.words()[i] >= minCoverage * words.size()) {
        out.set(sentenceRefs.get(sharing.sentences()[i]).version());
      }
    }
    return out;
  }

  /**
   * The sentences sharing at least one of a set of words (numbers into {@link #sentenceRefs}), with
   * how many of the words each shares and how many of the story's names among them.
   */
  private record Sharing(int[] sentences, int[] words, int[] names) {}

  /** Per-sentence counters for {@link #sharing}, all zero between calls. */
  private int[] sharedScratch;

  private int[] namesScratch;

  private Sharing sharing(Set<String> words) {
    if (sharedScratch == null) {
      sharedScratch = new int[sentenceRefs.size()];
      namesScratch = new int[sentenceRefs.size()];
    }
    List<Integer> touched = new ArrayList<>();
    for (String w : words) {
      boolean isName = names.contains(w);
      for (int g : postings.getOrDefault(w, NO_SENTENCES)) {
        if (sharedScratch[g]++ == 0) {
          touched.add(g);
        }
        if (isName) {
          namesScratch[g]++;
        }
      }
    }
    int[] sentences = new int[touched.size()];
    int[] shared = new int[touched.size()];
    int[] sharedNames = new int[touched.size()];
    for (int i = 0; i < sentences.length; i++) {
      int g = touched.get(i);
      sentences[i] = g;
      shared[i] = sharedScratch[g];
      sharedNames[i] = namesScratch[g];
      sharedScratch[g] = 0;
      namesScratch[g] = 0;
    }
    return new Sharing(sentences, shared, sharedNames);
  }

  /**
   * Share of a statement's words each of two sentences must cover to count as carrying a part of it
   * (a statement whose clauses another version tells in two places, not necessarily adjacent).
   */
  static final double PART_COVERAGE = 0.3;

  /** Two of the sentences, each covering a part of the words, together cover them. */
  private static boolean twoCover(List<Set<String>> parts, Set<String> words, double minCoverage) {
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        Set<String> first = parts.get(i);
        Set<String> second = parts.get(j);
        long shared = words.stream().filter(w -> first.contains(w) || second.contains(w)).count();
        if (shared >= minCoverage * words.size()) {
          return true;
        }
      }
    }
    return false;
  }

  private Set<String> anchors(SentenceRef ref) {
    Set<String> out = new HashSet<>(figureKeys.getOrDefault(ref, Set.of()));
    for (String w : contentWords(ref.version(), ref.sentence())) {
      if (isAnchor(w)) {
        out.add("#" + w);
      }
    }
    return out;
  }

  private static boolean isAnchor(String word) {
    if (word.isEmpty() || !Character.isDigit(word.charAt(0))) {
      return false;
    }
    try {
      double value = Double.parseDouble(word);
      return value >= MIN_ANCHOR || value != Math.rint(value);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether one sentence covers at least {@code minCoverage} of the given content words. */
  boolean covers(SentenceRef ref, Set<String> words, double minCoverage) {
    if (words.isEmpty()) {
      return false;
    }
    Set<String> candidate = contentWords(ref.version(), ref.sentence());
    long shared = words.stream().filter(candidate::contains).count();
    return shared >= minCoverage * words.size();
  }

  private static Map<String, int[]> postingsOf(
      List<List<Set<String>>> contentWords, List<SentenceRef> refs) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int v = 0; v < contentWords.size(); v++) {
      for (int s = 0; s < contentWords.get(v).size(); s++) {
        int g = refs.size();
        refs.add(new SentenceRef(v, s));
        for (String w : contentWords.get(v).get(s)) {
          lists.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
        }
      }
    }
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((w, l) -> out.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  private static List<Set<String>> contentWordsOf(AnalyzedArticle article) {
    List<Set<String>> perSentence = new ArrayList<>();
    SentenceTokens tokens = article.tokens();
    for (int s = 0; s < article.sentences().size(); s++) {
      Set<String> words = new HashSet<>();
      for (int i = tokens.first(s); i < tokens.first(s + 1); i++) {
        if (tokens.isContent(i)) {
          words.add(tokens.stem(i));
        } else if (tokens.isNumber(i)) {
          words.add(tokens.norm(i));
        }
      }
      perSentence.add(words);
    }
    return perSentence;
  }
}
