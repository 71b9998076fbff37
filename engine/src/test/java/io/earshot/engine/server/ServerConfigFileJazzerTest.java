package io.earshot.engine.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fuzz target for {@link ServerConfigFile#parse}, the server's YAML configuration reader: any text
 * either gives a valid configuration or throws {@link IllegalArgumentException} (its documented
 * failure, with a message), never anything else. A configuration it returns has at least one app
 * and a session timeout in 1 s..24 h. Seeds are YAML files in {@code
 * ServerConfigFileJazzerTestInputs/parse/}.
 */
class ServerConfigFileJazzerTest {

  @FuzzTest
  void parse(byte[] input) {
    String yaml = new String(input, StandardCharsets.UTF_8);
    ServerConfig config;
    try {
      config = ServerConfigFile.parse(yaml, "fuzz.yaml");
    } catch (IllegalArgumentException expected) {
      assertNotNull(expected.getMessage());
      return;
    }
    assertFalse(config.apps().isEmpty());
    for (AppConfig app : config.apps()) {
      assertTrue(app.appId() >= 1 && app.appId() <= 0xFFFF_FFFFL);
    }
    Duration timeout = config.sessionTimeout();
    assertTrue(timeout.toSeconds() >= 1 && timeout.toSeconds() <= 86_400, timeout::toString);
  }
}
