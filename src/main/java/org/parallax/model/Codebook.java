package org.parallax.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tag kinds a comparison uses: link relations (agree, contradict, reframe, partial) and the
 * fifteen frame dimensions of the Policy Frames Codebook for terms. Readers may extend it.
 */
public record Codebook(List<TagKind> kinds) {

  public Codebook {
    kinds = List.copyOf(kinds);
    List<String> seen = new ArrayList<>();
    for (TagKind kind : kinds) {
      String key = kind.target() + ":" + kind.id();
      if (seen.contains(key)) {
        throw new IllegalArgumentException("duplicate tag kind " + kind.id());
      }
      seen.add(key);
    }
  }

  /** The kinds for {@code target}, in codebook order. */
  public List<TagKind> kinds(TagTarget target) {
    return kinds.stream().filter(k -> k.target() == target).toList();
  }

  public Optional<TagKind> find(TagTarget target, String id) {
    return kinds.stream().filter(k -> k.target() == target && k.id().equals(id)).findFirst();
  }

  /** The default codebook: four relations and the fifteen frame dimensions. */
  public static Codebook defaults() {
    List<TagKind> kinds = new ArrayList<>();
    kinds.add(
        link("agree", "Agree", "#2e7d32", "Both sides assert the same thing in compatible terms."));
    kinds.add(link("contradict", "Contradict", "#c62828", "The sides assert incompatible things."));
    kinds.add(
        link(
            "reframe",
            "Reframe",
            "#6a1b9a",
            "The same fact, evaluated or named differently by each side."));
    kinds.add(link("partial", "Partial", "#ef6c00", "The claims overlap only in part."));
    String[][] frames = {
      {"economic", "Economic", "Costs, benefits, financial implications."},
      {"capacity", "Capacity and resources", "Availability of physical, human or financial means."},
      {"morality", "Morality", "Religious or ethical implications."},
      {"fairness", "Fairness and equality", "Balance of rights and treatment between groups."},
      {"legality", "Legality", "Constitutionality, law, courts, jurisdiction, sovereignty."},
      {"policy", "Policy prescription", "Proposed or evaluated courses of action."},
      {"crime", "Crime and punishment", "Violation of law, enforcement, terror, punishment."},
      {"security", "Security and defence", "Threats to and defence of a group, state or people."},
      {"health", "Health and safety", "Injury, casualties, humanitarian conditions."},
      {"quality_of_life", "Quality of life", "Effects on people's daily lives and homes."},
      {
        "cultural_identity", "Cultural identity", "Traditions, language, heritage, names of places."
      },
      {"public_opinion", "Public opinion", "Attitudes of the public, media and polls."},
      {"political", "Political", "Political actors, strategy, power and negotiation."},
      {
        "external_regulation",
        "External regulation",
        "International relations, treaties, outsiders."
      },
      {"other", "Other", "Any frame not covered above."}
    };
    String[] colours = {
      "#00838f", "#5d4037", "#ad1457", "#283593", "#1565c0", "#558b2f", "#b71c1c", "#37474f",
      "#d84315", "#827717", "#4527a0", "#00695c", "#4e342e", "#0277bd", "#616161"
    };
    for (int i = 0; i < frames.length; i++) {
      kinds.add(new TagKind(frames[i][0], TagTarget.TERM, frames[i][1], colours[i], frames[i][2]));
    }
    return new Codebook(kinds);
  }

  private static TagKind link(String id, String label, String colour, String description) {
    return new TagKind(id, TagTarget.LINK, label, colour, description);
  }
}
