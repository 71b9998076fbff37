package io.earshot.simulator.network;

import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.LinkProfile;
import io.earshot.netem.profile.NetworkPresets;
import io.earshot.simulator.ScenarioFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The network profiles a scenario can name, looked up in this order: profiles defined in the
 * scenario ("the network profile X has ..."), profiles of the file {@value #FILE_NAME} next to the
 * feature file, the emulator's presets and their aliases. An unknown name fails listing every known
 * one.
 *
 * <p>The YAML file holds one map, {@code profiles}, from name to either a string in the impairment
 * grammar (both directions) or a map in the emulator's link form ({@code both}, or {@code uplink}
 * and {@code downlink}, each in the compact direction form of the network-emulation README).
 */
public final class ProfileCatalog {
  /** The profile file looked for in the folder of the running feature file. */
  public static final String FILE_NAME = "network-profiles.yaml";

  private final NetworkPresets presets = NetworkPresets.standard();
  private final Map<String, LinkProfile> scenario = new LinkedHashMap<>();
  private final Optional<Path> folder;
  private Map<String, LinkProfile> file;

  /**
   * @param folder the running feature file's folder, if known
   */
  public ProfileCatalog(Optional<Path> folder) {
    this.folder = folder;
  }

  /**
   * Defines (or redefines) a profile for the rest of the scenario, both directions from the
   * grammar.
   */
  public LinkProfile define(String name, String impairments) {
    requireName(name);
    DirectionProfile both =
        ImpairmentGrammar.impairments(impairments).apply(DirectionProfile.IDEAL);
    LinkProfile profile = LinkProfile.symmetric(name, both);
    scenario.put(name, profile);
    return profile;
  }

  /** The profile named {@code name}, or a failure that lists the known names. */
  public LinkProfile profile(String name) {
    requireName(name);
    LinkProfile p = scenario.get(name);
    if (p == null) {
      p = fileProfiles().get(name);
    }
    if (p == null && presets.contains(name)) {
      p = presets.profile(name);
    }
    if (p == null) {
      throw new ScenarioFailure(
          "unknown network profile \""
              + name
              + "\"; known profiles: "
              + knownNames()
              + " (define one with: Given the network profile \""
              + name
              + "\" has ..., or in "
              + FILE_NAME
              + " next to the feature file)");
    }
    return p;
  }

  private String knownNames() {
    TreeSet<String> names = new TreeSet<>(presets.names());
    names.addAll(presets.aliases().keySet());
    StringBuilder out = new StringBuilder();
    if (!scenario.isEmpty()) {
      out.append("defined in the scenario: ")
          .append(String.join(", ", scenario.keySet()))
          .append("; ");
    }
    if (!fileProfiles().isEmpty()) {
      out.append("from ")
          .append(folder.map(f -> f.resolve(FILE_NAME).toString()).orElse(FILE_NAME))
          .append(": ")
          .append(String.join(", ", fileProfiles().keySet()))
          .append("; ");
    }
    return out.append("presets: ").append(String.join(", ", names)).toString();
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new ScenarioFailure(
          "a network profile needs a name, such as \"4g\", found \"" + name + "\"");
    }
  }

  private Map<String, LinkProfile> fileProfiles() {
    if (file == null) {
      file =
          folder
              .map(f -> f.resolve(FILE_NAME))
              .filter(Files::isRegularFile)
              .map(ProfileCatalog::read)
              .orElse(Map.of());
    }
    return file;
  }

  /** Reads a profile file; every error names the file and the profile. */
  public static Map<String, LinkProfile> read(Path path) {
    String text;
    try {
      text = Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the network profiles " + path, e);
    }
    return parse(text, path.toString());
  }

  /** Parses the text of a profile file; {@code origin} names it in errors. */
  public static Map<String, LinkProfile> parse(String text, String origin) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (RuntimeException e) {
      throw new ScenarioFailure(origin + " is not valid YAML: " + e.getMessage());
    }
    if (!(root instanceof Map<?, ?> top)
        || !(top.get("profiles") instanceof Map<?, ?> profiles)
        || top.size() != 1) {
      throw new ScenarioFailure(
          origin + " must hold one map, \"profiles\", from profile name to a profile");
    }
    Map<String, LinkProfile> out = new LinkedHashMap<>();
    DumperOptions dump = new DumperOptions();
    dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    for (Map.Entry<?, ?> e : profiles.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object value = e.getValue();
      try {
        if (value instanceof String impairments) {
          out.put(
              name,
              LinkProfile.symmetric(
                  name, ImpairmentGrammar.impairments(impairments).apply(DirectionProfile.IDEAL)));
        } else if (value instanceof Map<?, ?> map) {
          LinkProfile parsed = LinkProfile.fromYaml(new Yaml(dump).dump(map));
          out.put(name, LinkProfile.of(name, parsed.uplink(), parsed.downlink()));
        } else {
          throw new IllegalArgumentException(
              "expected a string of impairments (\"2% random loss and 80 ms delay\")"
                  + " or a map with \"both\" or \"uplink\" and \"downlink\", found "
                  + value);
        }
      } catch (IllegalArgumentException | ScenarioFailure ex) {
        throw new ScenarioFailure(origin + ", profile \"" + name + "\": " + ex.getMessage());
      }
    }
    return out;
  }
}
