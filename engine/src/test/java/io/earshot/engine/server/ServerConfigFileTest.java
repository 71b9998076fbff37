package io.earshot.engine.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigFileTest {
  private static final String SIGN = "0123456789abcdef".repeat(4);
  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  @Test
  void readsAppsAndSettings() {
    ServerConfig c =
        ServerConfigFile.parse(
            """
        requireTokens: true
        sessionTimeoutSeconds: 45
        seed: 7
        apps:
          - appId: 1234567890
            appSign: "%s"
            serverSecret: "%s"
            maxUsersPerRoom: 50
        """
                .formatted(SIGN, SECRET),
            "test.yaml");
    assertTrue(c.requireTokens());
    assertEquals(Duration.ofSeconds(45), c.sessionTimeout());
    assertEquals(7, c.seed());
    assertEquals(50, c.app(1234567890).maxUsersPerRoom());
    assertNotNull(c.app(AppConfig.DEFAULT.appId()), "the default app stays unless removed");
  }

  @Test
  void theDefaultAppCanBeLeftOut() {
    ServerConfig c =
        ServerConfigFile.parse(
            """
        includeDefaultApp: false
        apps:
          - {appId: 5, appSign: "%s", serverSecret: "%s"}
        """
                .formatted(SIGN, SECRET),
            "test.yaml");
    assertNull(c.app(AppConfig.DEFAULT.appId()));
    assertEquals(0, c.app(5).maxUsersPerRoom());
  }

  @Test
  void badInputNamesTheKeyAndWhatWasExpected() {
    assertMessage("unknown key 'requireToken'", "requireToken: true");
    assertMessage("'requireTokens' must be true or false", "requireTokens: yes please");
    assertMessage(
        "'sessionTimeoutSeconds' must be an integer in [1, 86400]", "sessionTimeoutSeconds: 0");
    assertMessage(
        "apps[0]: 'appId' must be an integer in [1, 4294967295]",
        "apps:\n  - {appId: 0, appSign: \"" + SIGN + "\", serverSecret: \"" + SECRET + "\"}");
    assertMessage(
        "apps[0]: appSign of app 5 must be 64 hex characters",
        "apps:\n  - {appId: 5, appSign: \"abc\", serverSecret: \"" + SECRET + "\"}");
    assertMessage(
        "apps[0]: serverSecret of app 5 must be 32 characters",
        "apps:\n  - {appId: 5, appSign: \"" + SIGN + "\", serverSecret: \"short\"}");
    assertMessage(
        "apps[0]: unknown key 'maxUsers'",
        "apps:\n  - {appId: 5, appSign: \""
            + SIGN
            + "\", serverSecret: \""
            + SECRET
            + "\", maxUsers: 3}");
    assertMessage("not valid YAML", "apps: [");
    assertMessage("expected a mapping", "- 1\n- 2");
    assertMessage("no app configured", "includeDefaultApp: false");
  }

  private static void assertMessage(String expected, String yaml) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ServerConfigFile.parse(yaml, "t.yaml"));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith("t.yaml"), e.getMessage());
  }
}
