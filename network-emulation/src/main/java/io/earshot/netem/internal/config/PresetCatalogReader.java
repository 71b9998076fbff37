package io.earshot.netem.internal.config;

import io.earshot.netem.profile.LinkProfile;
import io.earshot.netem.yaml.YamlFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a preset catalogue: {@code presets:} (name -> {@code source}, and {@code both} or {@code
 * uplink}/{@code downlink}) and {@code aliases:} (alias -> preset name).
 */
public final class PresetCatalogReader {

  /** A parsed preset. */
  public record Entry(LinkProfile profile, String source) {}

  /** The parsed catalogue. */
  public record Catalog(Map<String, Entry> presets, Map<String, String> aliases) {}

  private PresetCatalogReader() {}

  /** Parses and validates a catalogue document; errors name the preset and field. */
  public static Catalog read(String yaml) {
    YamlFields root =
        YamlFields.of("", ProfileYamlReader.parse(yaml)).only(Set.of("presets", "aliases"));
    YamlFields presetMap = YamlFields.of("presets", root.raw("presets"));
    Map<String, Entry> presets = new LinkedHashMap<>();
    for (String name : presetMap.keys()) {
      checkName(presetMap.child(name), name);
      YamlFields fields = YamlFields.of(presetMap.child(name), presetMap.raw(name));
      String source = fields.string("source", null);
      if (source == null || source.isBlank()) {
        throw YamlFields.error(
            fields.child("source"), "required: where the numbers come from (use '-' for none)");
      }
      LinkProfile profile = ProfileYamlReader.link(fields, name, Set.of("source"));
      presets.put(name, new Entry(profile, source));
    }
    YamlFields aliasMap = YamlFields.of("aliases", root.raw("aliases"));
    Map<String, String> aliases = new LinkedHashMap<>();
    for (String alias : aliasMap.keys()) {
      checkName(aliasMap.child(alias), alias);
      String target = aliasMap.string(alias, "");
      if (!presets.containsKey(target)) {
        throw YamlFields.error(
            aliasMap.child(alias),
            "refers to unknown preset '"
                + target
                + "'; known presets: "
                + String.join(", ", presets.keySet()));
      }
      if (presets.containsKey(alias)) {
        throw YamlFields.error(aliasMap.child(alias), "an alias must not repeat a preset name");
      }
      aliases.put(alias, target);
    }
    return new Catalog(Map.copyOf(presets), Map.copyOf(aliases));
  }

  private static void checkName(String path, String name) {
    if (!name.matches("[a-z0-9][a-z0-9.-]*")) {
      throw YamlFields.error(
          path, "names use lower-case letters, digits, '.' and '-', " + "found '" + name + "'");
    }
  }
}
