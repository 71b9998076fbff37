package io.earshot.netem.profile;

import io.earshot.netem.internal.config.PresetCatalogReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Named link profiles (spec section 5), read from YAML. {@link #standard()} is the catalogue
 * shipped as the resource {@code network-presets.yaml}: {@code ideal}, {@code wifi-good}, {@code
 * dsl-good}, {@code lte-good}, {@code 3g}, {@code satellite-geo}, the G.1050 core severities and
 * more, with the aliases {@code perfect}, {@code wifi}, {@code 4g}, {@code dsl} and {@code
 * satellite}; each preset carries a source line.
 */
public final class NetworkPresets {

  /** Classpath location of the standard catalogue. */
  public static final String RESOURCE = "/network-presets.yaml";

  private static volatile NetworkPresets standard;

  private final Map<String, PresetCatalogReader.Entry> presets;
  private final Map<String, String> aliases;

  private NetworkPresets(PresetCatalogReader.Catalog catalog) {
    this.presets = catalog.presets();
    this.aliases = catalog.aliases();
  }

  /** The catalogue shipped with the module (parsed once). */
  public static NetworkPresets standard() {
    NetworkPresets loaded = standard;
    if (loaded == null) {
      try (InputStream in = NetworkPresets.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "preset catalogue " + RESOURCE + " is missing from the classpath");
        }
        loaded = fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      standard = loaded;
    }
    return loaded;
  }

  /** A catalogue from YAML text (same format as the standard one). */
  public static NetworkPresets fromYaml(String yaml) {
    return new NetworkPresets(PresetCatalogReader.read(Objects.requireNonNull(yaml, "yaml")));
  }

  /**
   * The profile of a preset or alias.
   *
   * @throws IllegalArgumentException naming the known presets and aliases when unknown
   */
  public LinkProfile profile(String name) {
    return entry(name).profile();
  }

  /** The source line of a preset or alias. */
  public String source(String name) {
    return entry(name).source();
  }

  /** True when {@code name} is a preset or an alias. */
  public boolean contains(String name) {
    return presets.containsKey(name) || aliases.containsKey(name);
  }

  /** Preset names, sorted. */
  public Set<String> names() {
    return new TreeSet<>(presets.keySet());
  }

  /** Alias -> preset name. */
  public Map<String, String> aliases() {
    return aliases;
  }

  private PresetCatalogReader.Entry entry(String name) {
    Objects.requireNonNull(name, "name");
    PresetCatalogReader.Entry entry = presets.get(aliases.getOrDefault(name, name));
    if (entry == null) {
      throw new IllegalArgumentException(
          "unknown network preset '"
              + name
              + "'; known presets: "
              + String.join(", ", names())
              + "; aliases: "
              + String.join(", ", new TreeSet<>(aliases.keySet())));
    }
    return entry;
  }
}
