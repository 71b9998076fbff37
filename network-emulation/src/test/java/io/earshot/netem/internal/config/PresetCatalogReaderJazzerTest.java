package io.earshot.netem.internal.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.earshot.netem.profile.NetworkPresets;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for the preset catalogue reader ({@link PresetCatalogReader}) through {@link
 * NetworkPresets#fromYaml}: any text either gives a catalogue or throws {@link
 * IllegalArgumentException}, never anything else. In a catalogue it returns, every preset and every
 * alias resolves to a profile and has a non-blank source. Inputs mentioning {@code trace-file} are
 * skipped (see {@link ProfileYamlReaderJazzerTest}). Seeds: {@code
 * PresetCatalogReaderJazzerTestInputs/read/}.
 */
class PresetCatalogReaderJazzerTest {

  @FuzzTest
  void read(byte[] input) {
    String yaml = new String(input, StandardCharsets.UTF_8);
    if (yaml.contains("trace-file")) {
      return;
    }
    NetworkPresets presets;
    try {
      presets = NetworkPresets.fromYaml(yaml);
    } catch (IllegalArgumentException expected) {
      ProfileYamlReaderJazzerTest.checkMessage(expected, yaml);
      return;
    }
    for (String name : presets.names()) {
      assertTrue(presets.contains(name));
      assertNotNull(presets.profile(name));
      assertFalse(presets.source(name).isBlank());
    }
    for (String alias : presets.aliases().keySet()) {
      assertTrue(presets.names().contains(presets.aliases().get(alias)));
      assertNotNull(presets.profile(alias));
    }
  }
}
