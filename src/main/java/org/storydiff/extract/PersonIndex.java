package org.storydiff.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceTokens;
import org.storydiff.text.CalendarWords;
import org.storydiff.text.StopWords;

/**
 * The people an article names, in body order, with the titles written around them ("Defence
 * Minister Oleksiy Reznikov", "Kremlin spokesman Dmitry Peskov"), so that "he", "she" or "the
 * minister" can be resolved to the nearest preceding name. A person is a run of two or more
 * capitalized words that contains no word of an institution or place ("White House", "Black Sea").
 * People named inside quotations are kept for completing surnames but are not antecedents of
 * pronouns or titles. Immutable once built; safe to share.
 */
final class PersonIndex {

  /**
   * A named person: {@code position} is the body offset of the mention, {@code sentence} its index;
   * {@code quoted} when the mention is inside a quotation (someone's words, not the reporter's).
   */
  record Person(String name, int position, int sentence, Set<String> titles, boolean quoted) {}

  private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s$");

  private static final Set<String> NOT_PERSON =
      Set.of(
          "house",
          "union",
          "state",
          "states",
          "nations",
          "sea",
          "ministry",
          "council",
          "party",
          "forces",
          "force",
          "army",
          "news",
          "agency",
          "street",
          "city",
          "kingdom",
          "republic",
          "organization",
          "organisation",
          "bank",
          "fund",
          "court",
          "department",
          "office",
          "times",
          "post",
          "press",
          "network",
          "television",
          "committee",
          "commission",
          "parliament",
          "assembly",
          "airlines",
          "airways",
          "line",
          "lines",
          "shipping",
          "airport",
          "station",
          "university",
          "hospital",
          "institute",
          "center",
          "centre",
          "square",
          "museum",
          "group",
          "company",
          "corporation",
          "security",
          "service",
          "guard",
          "navy",
          "police",
          "government",
          "senate",
          "congress",
          "east",
          "west",
          "north",
          "south",
          "middle",
          "europe",
          "america",
          "africa",
          "asia",
          "war",
          "day",
          "cup",
          "league",
          "games",
          "cross",
          "river",
          "mountains",
          "island",
          "islands",
          "region",
          "oblast",
          "province",
          "district",
          "county",
          "federation",
          "emirates",
          "coast",
          "gulf",
          "ocean",
          "valley",
          "bridge",
          "plant",
          "media",
          "reuters",
          "associated",
          "le",
          "al",
          "debates",
          "debate",
          "poll",
          "campaign",
          "foundation",
          "association",
          "society",
          "journal",
          "magazine",
          "review",
          "daily",
          "weekly",
          "tv",
          "radio",
          "show",
          "club",
          "watch",
          "affairs",
          "national",
          "federal",
          "democratic",
          "republican",
          "administration",
          "united",
          "american",
          "convention",
          "primary",
          "caucus",
          "caucuses",
          "election",
          "act",
          "fox",
          "cnn",
          "nbc",
          "cbs",
          "abc",
          "msnbc",
          "twitter",
          "facebook");

  private final List<Person> people;

  private PersonIndex(List<Person> people) {
    this.people = List.copyOf(people);
  }

  /**
   * @param quotations {@code [start, end)} spans of the article's quotations, sorted by start; the
   *     people named inside them are not antecedents of "he", "she" or "the minister"
   */
  static PersonIndex build(
      String body, List<Sentence> sentences, SentenceTokens tokens, List<int[]> quotations) {
    List<Person> people = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      if (!sentences.get(k).isBoilerplate()) {
        collect(new TokenView(body, tokens.tokens(k)), sentences.get(k).index(), people);
      }
    }
    people = withSurnameMentions(body, sentences, tokens, people);
    List<Person> marked = new ArrayList<>();
    int q = 0;
    for (Person p : people) {
      while (q < quotations.size() && quotations.get(q)[1] <= p.position()) {
        q++;
      }
      boolean inside = q < quotations.size() && quotations.get(q)[0] <= p.position();
      marked.add(new Person(p.name(), p.position(), p.sentence(), p.titles(), inside));
    }
    return new PersonIndex(marked);
  }

  /**
   * The person a pronoun at {@code offset} most likely means: of the most recent sentence before it
   * that names anyone, the first person named there, who is usually its subject ("Analyst Ria Holt
   * said a deal could help Prime Minister Ken Ito. 'It will,' she said" means Ria Holt). Null when
   * no one is named before.
   */
  Person before(int offset) {
    int last = lastBefore(offset);
    while (last >= 0 && people.get(last).quoted()) {
      last--;
    }
    if (last < 0) {
      return null;
    }
    int first = last;
    for (int k = last - 1; k >= 0 && people.get(k).sentence() == people.get(last).sentence(); k--) {
      first = people.get(k).quoted() ? first : k;
    }
    return people.get(first);
  }

  /** The most recent person before {@code offset} whose titles include {@code title}, or null. */
  Person withTitleBefore(String title, int offset) {
    for (int k = lastBefore(offset); k >= 0; k--) {
      if (!people.get(k).quoted() && people.get(k).titles().contains(title)) {
        return people.get(k);
      }
    }
    return null;
  }

  /** The most recent person before {@code offset} whose last name is {@code surname}, or null. */
  Person withSurnameBefore(String surname, int offset) {
    for (int k = lastBefore(offset); k >= 0; k--) {
      String name = people.get(k).name();
      if (name.endsWith(" " + surname)) {
        return people.get(k);
      }
    }
    return null;
  }

  /**
   * Whether someone other than {@code name} (compared by last word) is named outside quotations in
   * {@code [from, to)}: a quote after that no longer goes on in the earlier speaker's voice.
   */
  boolean namesOtherThan(int from, int to, String name) {
    String surname = name == null ? null : name.substring(name.lastIndexOf(' ') + 1);
    for (int k = lastBefore(to); k >= 0 && people.get(k).position() >= from; k--) {
      Person p = people.get(k);
      if (!p.quoted() && (surname == null || !p.name().endsWith(surname))) {
        return true;
      }
    }
    return false;
  }

  /** Index of the last person mentioned before {@code offset}, or -1; people are in body order. */
  private int lastBefore(int offset) {
    int lo = 0;
    int hi = people.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (people.get(mid).position() < offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  private static void collect(TokenView v, int sentence, List<Person> out) {
    int k = 0;
    while (k < v.size()) {
      if (!v.isNameWord(k)) {
        k++;
        continue;
      }
      int end = k;
      while (!v.norm(end).endsWith("'s")) {
        if (v.isNameWord(end + 1)) {
          end++;
        } else if (isMiddleInitial(v, end)) {
          end += 2; // "Charles E. Grassley": the initial's full stop stays inside the name
        } else {
          break;
        }
      }
      addRun(v, k, end, sentence, out);
      k = end + 1;
    }
  }

  /**
   * Adds each later mention of a person by surname alone ("Lenkova promised an inquiry", after
   * "Daria Lenkova"), under the full name, so that a pronoun after it means that person rather than
   * someone named in full further back. People stay in body order.
   */
  private static List<Person> withSurnameMentions(
      String body, List<Sentence> sentences, SentenceTokens tokens, List<Person> people) {
    if (people.isEmpty()) {
      return people;
    }
    List<Person> all = new ArrayList<>(people);
    Map<String, Person> bySurname = new HashMap<>(); // the latest full name before, per surname
    int next = 0;
    for (int s = 0; s < sentences.size(); s++) {
      if (sentences.get(s).isBoilerplate()) {
        continue;
      }
      TokenView v = new TokenView(body, tokens.tokens(s));
      for (int k = 0; k < v.size(); k++) {
        int at = v.get(k).start();
        for (; next < people.size() && people.get(next).position() < at; next++) {
          String name = people.get(next).name();
          bySurname.put(name.substring(name.lastIndexOf(' ') + 1), people.get(next));
        }
        boolean lone = v.isNameWord(k) && !v.isNameWord(k - 1) && !v.isNameWord(k + 1);
        Person full = lone ? bySurname.get(v.text(k, k)) : null;
        if (full != null) {
          all.add(new Person(full.name(), at, sentences.get(s).index(), full.titles(), false));
        }
      }
    }
    all.sort(Comparator.comparingInt(Person::position));
    return all;
  }

  private static boolean isMiddleInitial(TokenView v, int k) {
    return v.norm(k).length() == 1
        && v.isCapitalized(k)
        && k > 0
        && v.isCapitalized(k - 1)
        && v.norm(k + 1).equals(".")
        && v.touching(k)
        && v.isWord(k + 2)
        && v.isCapitalized(k + 2);
  }

  private static void addRun(TokenView v, int start, int end, int sentence, List<Person> out) {
    Set<String> titles = new HashSet<>();
    for (int b = start - 1;
        b >= Math.max(0, start - 3) && v.isWord(b) && !v.isCapitalized(b);
        b--) {
      if (SpeakerNames.TITLES.contains(v.norm(b))) {
        titles.add(v.norm(b));
      }
    }
    int first = start;
    for (int k = start; k <= end; k++) {
      String n = SpeakerNames.bare(v.norm(k));
      if (NOT_PERSON.contains(n)
          || CalendarWords.month(n) != null
          || CalendarWords.weekday(n) != null) {
        return;
      }
      if (n.length() > 1
          && !NameParticles.isParticle(n)
          && (SpeakerNames.TITLES.contains(n) || StopWords.contains(n))) {
        titles.add(n);
        first = k + 1;
      }
    }
    if (end - first + 1 >= 2) {
      String name = POSSESSIVE_END.matcher(v.text(first, end)).replaceAll("");
      out.add(new Person(name, v.get(first).start(), sentence, Set.copyOf(titles), false));
    }
  }
}
