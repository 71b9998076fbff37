package io.earshot.features.vocabulary;

import io.earshot.netem.profile.LinkProfile;
import io.earshot.netem.profile.NetworkPresets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The emulator's network presets as they are configured (not as a spec describes them): one
 * Markdown table row per preset with its aliases and each direction's stages. {@code earshot steps}
 * prints it; the documentation holds it verbatim, checked by a test.
 */
public final class PresetTable {
  private PresetTable() {}

  /** The table: a header, a separator and a row per preset, sorted by name. */
  public static List<String> markdown() {
    NetworkPresets presets = NetworkPresets.standard();
    List<String> out = new ArrayList<>();
    out.add("| preset | also called | uplink (user to server) | downlink (server to user) |");
    out.add("|---|---|---|---|");
    for (String name : presets.names()) {
      LinkProfile profile = presets.profile(name);
      TreeSet<String> aliases = new TreeSet<>();
      for (Map.Entry<String, String> alias : presets.aliases().entrySet()) {
        if (alias.getValue().equals(name)) {
          aliases.add("`" + alias.getKey() + "`");
        }
      }
      out.add(
          "| `"
              + name
              + "` | "
              + String.join(", ", aliases)
              + " | "
              + cell(profile.uplink().describe())
              + " | "
              + cell(profile.downlink().describe())
              + " |");
    }
    return out;
  }

  private static String cell(String describe) {
    return describe.replace(" | ", "; ").replace("|", "/");
  }
}
