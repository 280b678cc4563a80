package org.parallax.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;

/**
 * Deterministic synthetic essays for speed benchmarks: sentences built from a small vocabulary of
 * actors, actions, places, dates and numbers by a seeded {@link Random}, five to a paragraph. Two
 * essays from different seeds share vocabulary (so there are many plausible pairs), like two
 * opinion pieces on one event.
 */
public final class SyntheticEssay {
  private static final String[] ACTORS = {
    "The government",
    "Local residents",
    "The army",
    "Foreign observers",
    "The ministry",
    "Farmers in the valley",
    "The de facto authorities",
    "Refugee families",
    "The prime minister",
    "Peacekeepers",
    "Aid agencies",
    "The council",
    "Opposition leaders",
    "Journalists",
    "Teachers"
  };
  private static final String[] ACTIONS = {
    "announced", "rejected", "welcomed", "criticised", "postponed", "demanded", "described",
    "negotiated", "blocked", "supported", "questioned", "documented", "reported", "denied"
  };
  private static final String[] OBJECTS = {
    "the ceasefire agreement",
    "a new checkpoint",
    "the humanitarian corridor",
    "the peace talks",
    "the evacuation plan",
    "fresh elections",
    "the border delimitation",
    "the reintegration plan",
    "food deliveries",
    "the water supply",
    "a military operation",
    "the blockade",
    "compensation",
    "the road repairs",
    "the amnesty",
    "a referendum",
    "the school closures",
    "new passports"
  };
  private static final String[] PLACES = {
    "Khankendi",
    "Stepanakert",
    "the Lachin road",
    "Shusha",
    "Shushi",
    "Berdzor",
    "Yerevan",
    "Baku",
    "the capital",
    "the mountain villages",
    "the river valley",
    "Brussels",
    "Goris",
    "Aghdam"
  };
  private static final String[] MONTHS = {
    "January", "March", "April", "June", "September", "October", "November", "December"
  };
  private static final String[] CLOSERS = {
    "after weeks of pressure", "despite warnings from abroad", "without consulting anyone",
    "in a televised statement", "under heavy criticism", "with little public debate",
    "according to several witnesses", "as prices kept rising", "while the talks stalled"
  };

  private SyntheticEssay() {}

  /** An essay of about {@code words} words, the same for the same seed. */
  public static Document generate(long seed, int words) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    int count = 0;
    while (count < words) {
      int start = text.length();
      for (int s = 0; s < 5 && count < words; s++) {
        String sentence = sentence(random);
        if (s > 0) {
          text.append(' ');
        }
        text.append(sentence);
        count += sentence.split(" ").length;
      }
      blocks.add(new Block(BlockKind.PARAGRAPH, start, text.length()));
      text.append("\n\n");
    }
    String body = text.toString().stripTrailing();
    return new Document(
        body, blocks, DocumentMetadata.EMPTY.withTitle("Synthetic " + seed), List.of());
  }

  private static String sentence(Random r) {
    String date = (1 + r.nextInt(28)) + " " + pick(r, MONTHS);
    return switch (r.nextInt(4)) {
      case 0 ->
          pick(r, ACTORS)
              + " "
              + pick(r, ACTIONS)
              + " "
              + pick(r, OBJECTS)
              + " in "
              + pick(r, PLACES)
              + " on "
              + date
              + " "
              + pick(r, CLOSERS)
              + " and "
              + pick(r, CLOSERS)
              + ".";
      case 1 ->
          "On "
              + date
              + ", "
              + lower(pick(r, ACTORS))
              + " "
              + pick(r, ACTIONS)
              + " "
              + pick(r, OBJECTS)
              + ", and "
              + (2 + r.nextInt(900))
              + " people gathered near "
              + pick(r, PLACES)
              + " "
              + pick(r, CLOSERS)
              + ".";
      case 2 ->
          "In "
              + pick(r, PLACES)
              + ", "
              + lower(pick(r, ACTORS))
              + " "
              + pick(r, ACTIONS)
              + " "
              + pick(r, OBJECTS)
              + " "
              + pick(r, CLOSERS)
              + ", and "
              + lower(pick(r, ACTORS))
              + " "
              + pick(r, ACTIONS)
              + " "
              + pick(r, OBJECTS)
              + ".";
      default ->
          pick(r, ACTORS)
              + " said that "
              + pick(r, OBJECTS)
              + " would cost "
              + (1 + r.nextInt(90))
              + " million and "
              + pick(r, ACTIONS)
              + " "
              + pick(r, OBJECTS)
              + " near "
              + pick(r, PLACES)
              + ".";
    };
  }

  private static String pick(Random r, String[] words) {
    return words[r.nextInt(words.length)];
  }

  private static String lower(String s) {
    return s.startsWith("The ")
        ? "the " + s.substring(4)
        : s.substring(0, 1).toLowerCase() + s.substring(1);
  }
}
