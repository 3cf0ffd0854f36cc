package org.storydiff.cluster;

import java.util.List;
import org.storydiff.model.Article;

/**
 * Fictional articles over three runs (written for these tests): a wildfire near Tarnholt reported
 * on day 1, continued on day 2, followed up by an inquiry 10 days after day 2; a port terminal
 * approved on day 1 only; a chess final new on day 2. Two agencies each time.
 */
public final class ContinuingStories {

  public static final String DAY_1 = "2026-06-10";
  public static final String DAY_2 = "2026-06-11";

  /** Ten days after day 2: beyond the 7-day window. */
  public static final String DAY_12 = "2026-06-21";

  private ContinuingStories() {}

  public static List<Article> day1() {
    return List.of(
        article(
            "fire-1-kestrel",
            "Kestrel Wire",
            DAY_1 + "T07:40:00Z",
            "Wildfire forces evacuation of Tarnholt",
            "A wildfire swept down the pine hills above Tarnholt overnight, forcing 1,200 residents to leave their homes.\n\n"
                + "Fire chief Odile Marchetti said crews from four districts were fighting the blaze on the ridge road.\n\n"
                + "Strong winds carried embers across the Lisk valley, and the main road to Tarnholt was closed."),
        article(
            "fire-1-ostral",
            "Ostral News",
            DAY_1 + "T08:05:00Z",
            "Tarnholt residents flee hillside wildfire",
            "About 1,200 people were evacuated from Tarnholt as a wildfire spread through the pine hills above the town.\n\n"
                + "Odile Marchetti, the regional fire chief, said firefighters from four districts had reached the ridge.\n\n"
                + "Embers blown across the Lisk valley closed the main road, Marchetti said."),
        article(
            "port-1-kestrel",
            "Kestrel Wire",
            DAY_1 + "T10:15:00Z",
            "Qelmar port approves container terminal",
            "The Qelmar port authority approved a new container terminal on the northern quay on Wednesday.\n\n"
                + "Harbour director Tomas Brevik said the terminal would handle 400,000 containers a year from 2029.\n\n"
                + "Fishing crews on the northern quay will move to a rebuilt dock in the old harbour."),
        article(
            "port-1-ostral",
            "Ostral News",
            DAY_1 + "T11:00:00Z",
            "New container terminal for Qelmar harbour",
            "Qelmar's port authority voted on Wednesday to build a container terminal on the northern quay.\n\n"
                + "The terminal is to handle 400,000 containers a year from 2029, harbour director Tomas Brevik said.\n\n"
                + "The fishing fleet now moored at the northern quay will move to the old harbour."));
  }

  public static List<Article> day2() {
    return List.of(
        article(
            "fire-2-kestrel",
            "Kestrel Wire",
            DAY_2 + "T06:50:00Z",
            "Tarnholt wildfire half contained",
            "Firefighters have contained half of the wildfire in the pine hills above Tarnholt, fire chief Odile Marchetti said.\n\n"
                + "Some of the 1,200 evacuated residents were allowed back to homes on the valley floor.\n\n"
                + "The ridge road and the main road through the Lisk valley stayed closed."),
        article(
            "fire-2-ostral",
            "Ostral News",
            DAY_2 + "T07:30:00Z",
            "Crews gain ground on Tarnholt fire",
            "Crews gained ground overnight on the Tarnholt wildfire, with half of the fire line in the pine hills contained.\n\n"
                + "Odile Marchetti, the fire chief, said residents of the valley floor could return, while the ridge stayed closed.\n\n"
                + "The Lisk valley road remained shut to traffic."),
        article(
            "chess-2-kestrel",
            "Kestrel Wire",
            DAY_2 + "T15:20:00Z",
            "Varga wins national chess title",
            "Ilse Varga, 16, won the national chess championship in Brenmoor on Thursday after a tense final game.\n\n"
                + "She beat the defending champion Pavel Ondrak with the black pieces in 54 moves."),
        article(
            "chess-2-ostral",
            "Ostral News",
            DAY_2 + "T16:00:00Z",
            "Teenager Varga takes chess crown",
            "The 16-year-old Ilse Varga became national chess champion in Brenmoor, beating Pavel Ondrak in the final.\n\n"
                + "Varga won the deciding game with the black pieces after 54 moves."));
  }

  /** Ten days after day 2: an inquiry into the same fire. */
  public static List<Article> day12() {
    return List.of(
        article(
            "fire-12-kestrel",
            "Kestrel Wire",
            DAY_12 + "T09:00:00Z",
            "Inquiry opens into Tarnholt wildfire",
            "An inquiry opened into the wildfire that burned the pine hills above Tarnholt this month.\n\n"
                + "Fire chief Odile Marchetti told the panel that dry winds over the Lisk valley spread the fire."),
        article(
            "fire-12-ostral",
            "Ostral News",
            DAY_12 + "T09:40:00Z",
            "Tarnholt fire inquiry hears fire chief",
            "Odile Marchetti, the fire chief, told the inquiry into the Tarnholt wildfire that winds in the Lisk valley spread it.\n\n"
                + "The fire in the pine hills forced residents from their homes this month."));
  }

  private static Article article(
      String id, String source, String published, String title, String body) {
    return new Article(id, source, body, title, published, null, null);
  }
}
