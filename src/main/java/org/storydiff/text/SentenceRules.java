package org.storydiff.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one language's sentences end: ICU's sentence rules for its locale (with ICU's own
 * abbreviation suppressions), the abbreviations after which a point ends no sentence ("Mr.", "M.",
 * "z. B.", "Sra."), and the verbs of saying that mark a short fragment after a closing quote as the
 * quote's attribution. English is built in; German, French and Spanish come from the {@code
 * sentences} section of their {@link LanguageResources resource}; any other language takes the
 * English rules.
 */
public record SentenceRules(
    ULocale locale,
    Set<String> abbreviations,
    Set<String> speechVerbs,
    Pattern dateline,
    Pattern credit) {

  public static final SentenceRules ENGLISH =
      new SentenceRules(
          ULocale.ENGLISH,
          words(
              """
              Mr. Mrs. Ms. Dr. Prof. Gen. Col. Lt. Sgt. Capt. Maj. Adm. Gov. Sen. Rep. Rev. St.
              Jr. Sr. U.S. U.K. U.N. E.U. Corp. Inc. Ltd. Co. Jan. Feb. Mar. Apr. Jun. Jul. Aug.
              Sep. Sept. Oct. Nov. Dec. No. vs. etc. Mt. Ft.
              """),
          words(
              """
              said says say told tells added adds asked asks warned warns wrote writes stated
              explained noted insisted replied declared tweeted posted shouted according continued
              concluded admitted argued claimed recalled remarked urged acknowledged
              """),
          null,
          null);

  private static final Map<String, SentenceRules> OTHERS = load();

  public SentenceRules {
    abbreviations = Set.copyOf(abbreviations);
    speechVerbs = Set.copyOf(speechVerbs);
  }

  /** The rules of {@code language} (a lower-case ISO 639-1 code, or null for English). */
  public static SentenceRules of(String language) {
    return language == null ? ENGLISH : OTHERS.getOrDefault(language, ENGLISH);
  }

  private static Map<String, SentenceRules> load() {
    Map<String, SentenceRules> out = new HashMap<>();
    for (String tag : LanguageResources.SUPPORTED) {
      JsonNode root = LanguageResources.of(tag);
      out.put(
          tag,
          new SentenceRules(
              new ULocale(tag),
              LanguageResources.strings(root, "sentences", "abbreviations"),
              LanguageResources.strings(root, "sentences", "speechVerbs"),
              Dateline.localPattern(LanguageResources.strings(root, "sentences", "months")),
              creditPattern(LanguageResources.strings(root, "sentences", "creditMarkers"))));
    }
    return Map.copyOf(out);
  }

  /**
   * Whether {@code text} opens with one of the language's credit markers and a colon ("(Rédaction :
   * …)", "Quelle: …", "Fuente: …"); English credits are {@link Boilerplate}'s.
   */
  public boolean isCreditLine(String text) {
    return credit != null && credit.matcher(text).lookingAt();
  }

  private static Pattern creditPattern(Set<String> markers) {
    String alternatives =
        markers.stream()
            .map(m -> Pattern.quote(m).replace(" ", "\\E\\s+\\Q"))
            .collect(java.util.stream.Collectors.joining("|"));
    return Pattern.compile("^[(\\[]?[\\s\u00A0]*(?iu:" + alternatives + ")[\\s\u00A0\u202F]*:");
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.strip().split("\\s+"));
  }
}
