package org.storydiff.align;

import static org.storydiff.align.Versions.version;

import java.util.List;
import org.storydiff.model.AnalyzedArticle;

/**
 * A made-up flood story in three agency versions, written for these tests. Version "ap" reorders,
 * splits and updates figures; "afp" paraphrases, merges and drops paragraphs.
 */
final class RiverStory {

  private RiverStory() {}

  static final String[] REUTERS = {
    "H|Flash floods kill 14 in Marrowby valley, dozens missing",
    "C|MARROWBY, June 3 (Reuters) -",
    "Flash floods tore through villages in the Marrowby valley on Monday, killing at least 14 people and leaving 40 missing, the regional emergency service said.",
    "The river Tessel rose by more than three metres in two hours after a night of torrential rain.",
    "\u201CThe water came down the hill like a wall,\u201D said farmer Oda Pell, whose house was swept away.",
    "Rescue teams using boats and two helicopters evacuated about 900 residents from the town of Grell.",
    "Talks between the regional government and insurers will resume on Thursday.",
    "Governor Hanne Wiik said the province would release 2,500,000 euros in emergency aid.",
    "Forecasters expect more rain on Wednesday.",
    "C|Reporting by Jan Ostby; Editing by Mark Dale",
  };

  static final String[] AP = {
    "H|Floods in Marrowby valley kill 16; dozens still missing",
    "Governor Hanne Wiik said the province would release 2500000 euros in emergency aid.",
    "Flash floods tore through villages in the Marrowby valley on Monday.",
    "The floods killed at least 16 people and left 40 missing, the regional emergency service said.",
    "Rescue teams using boats and three helicopters evacuated about 900 residents from the town of Grell.",
    "\"The water came down the hill like a wall,\" farmer Oda Pell said.",
    "Talks between the regional government and insurers ended on Tuesday without agreement.",
    "The river Tessel rose by more than three metres in two hours after a night of torrential rain.",
  };

  static final String[] AFP = {
    "H|Marrowby valley floods leave 14 dead",
    "At least 14 people were killed and 40 were missing on Monday after flash floods swept through villages in the Marrowby valley, emergency officials said, as the Tessel river rose by more than three metres in two hours.",
    "\u201CThe water came down the hill like a wall,\u201D Oda Pell, a farmer, told AFP.",
    "About 900 residents of Grell were evacuated by rescue teams with boats and two helicopters.",
    "Forecasters expect more rain on Wednesday.",
  };

  static List<AnalyzedArticle> versions() {
    return List.of(version("reuters", REUTERS), version("ap", AP), version("afp", AFP));
  }
}
