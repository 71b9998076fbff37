package io.earshot.engine.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.earshot.engine.IdentifierRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the server's configuration from a YAML file: its apps (appID → AppSign, ServerSecret, room
 * limit), whether tokens are required, the session timeout and the seed. Every field is checked; an
 * unknown key or a wrong value fails with a message naming the key, what was expected and what was
 * found.
 *
 * <pre>
 * requireTokens: false          # optional, default false
 * sessionTimeoutSeconds: 30     # optional, default 30
 * seed: 0                       # optional, default 0
 * includeDefaultApp: true       # optional: keep the embedded default app (default true)
 * forbiddenStreamIds: [banned]  # optional: publishing fails with 1003025, playing with 1004025
 * limits:                       # optional; every limit and its default: docs/security.md
 *   maxStreamsPerSession: 4
 *   loginsPerAddressPerSecond: 50
 *   preLoginTimeoutMillis: 10000
 *   allowedOrigins: [https://example.org]
 * apps:
 *   - appId: 1234567890
 *     appSign: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
 *     serverSecret: "0123456789abcdef0123456789abcdef"
 *     maxUsersPerRoom: 50       # optional, 0 = unlimited
 * </pre>
 */
public final class ServerConfigFile {
  private static final Set<String> TOP_KEYS =
      Set.of(
          "requireTokens",
          "sessionTimeoutSeconds",
          "seed",
          "includeDefaultApp",
          "apps",
          "forbiddenStreamIds",
          "limits");
  private static final Set<String> APP_KEYS =
      Set.of("appId", "appSign", "serverSecret", "maxUsersPerRoom");

  private ServerConfigFile() {}

  /** Loads and validates {@code file}. */
  public static ServerConfig load(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  /** Parses YAML text; {@code source} names it in error messages. */
  public static ServerConfig parse(String yaml, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          source + ": expected a mapping with the keys " + sorted(TOP_KEYS));
    }
    checkKeys(root, TOP_KEYS, source);
    ServerConfig.Builder b = ServerConfig.builder();
    if (root.has("includeDefaultApp") && !bool(root, "includeDefaultApp", source)) {
      b.removeApp(AppConfig.DEFAULT.appId());
    }
    if (root.has("requireTokens")) {
      b.requireTokens(bool(root, "requireTokens", source));
    }
    if (root.has("sessionTimeoutSeconds")) {
      long seconds = integer(root, "sessionTimeoutSeconds", 1, 86_400, source);
      b.sessionTimeout(Duration.ofSeconds(seconds));
    }
    if (root.has("seed")) {
      b.seed(integer(root, "seed", Long.MIN_VALUE, Long.MAX_VALUE, source));
    }
    JsonNode forbidden = root.get("forbiddenStreamIds");
    if (forbidden != null) {
      if (!forbidden.isArray()) {
        throw new IllegalArgumentException(
            source
                + ": 'forbiddenStreamIds' must be a list of stream IDs, found "
                + forbidden.getNodeType());
      }
      for (JsonNode id : forbidden) {
        if (!id.isTextual() || IdentifierRules.streamId(id.textValue()) != 0) {
          throw new IllegalArgumentException(
              source
                  + ": 'forbiddenStreamIds' must hold stream IDs (1–255 of "
                  + "A-Z a-z 0-9 _ -), found "
                  + id);
        }
        b.forbidStream(id.textValue());
      }
    }
    if (root.has("limits")) {
      b.limits(limits(root.get("limits"), source + ": limits"));
    }
    JsonNode apps = root.get("apps");
    if (apps != null) {
      if (!apps.isArray()) {
        throw new IllegalArgumentException(
            source + ": 'apps' must be a list of apps, found " + apps.getNodeType());
      }
      for (int i = 0; i < apps.size(); i++) {
        b.app(app(apps.get(i), source + ": apps[" + i + "]"));
      }
    }
    ServerConfig config = b.build();
    if (config.apps().isEmpty()) {
      throw new IllegalArgumentException(
          source + ": no app configured (add one under 'apps' or keep the default app)");
    }
    return config;
  }

  private static AppConfig app(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          where + ": expected a mapping with the keys " + sorted(APP_KEYS));
    }
    checkKeys(node, APP_KEYS, where);
    long appId = integer(node, "appId", 1, 0xFFFF_FFFFL, where);
    String appSign = text(node, "appSign", where);
    String secret = text(node, "serverSecret", where);
    int max =
        node.has("maxUsersPerRoom")
            ? (int) integer(node, "maxUsersPerRoom", 0, Integer.MAX_VALUE, where)
            : 0;
    try {
      return new AppConfig(appId, appSign, secret, max);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage());
    }
  }

  private static ServerLimits limits(JsonNode node, String where) {
    ServerLimits.Builder b = ServerLimits.builder();
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          where + ": expected a mapping of limits, found " + node.getNodeType());
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (key.equals("allowedOrigins")) {
        b.allowedOrigins(origins(node.get(key), where + ".allowedOrigins"));
      } else if (b.names().contains(key)) {
        b.set(key, integer(node, key, 1, Integer.MAX_VALUE, where));
      } else {
        throw new IllegalArgumentException(
            where
                + ": unknown key '"
                + key
                + "'; expected one of "
                + sorted(b.names())
                + " or allowedOrigins");
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage());
    }
  }

  private static Set<String> origins(JsonNode node, String where) {
    if (!node.isArray()) {
      throw new IllegalArgumentException(
          where + ": expected a list of origins, found " + node.getNodeType());
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode o = node.get(i);
      if (!o.isTextual() || o.textValue().isEmpty()) {
        throw new IllegalArgumentException(
            where + "[" + i + "]: expected an origin such as https://example.org, found " + o);
      }
      out.add(o.textValue());
    }
    return out;
  }

  private static void checkKeys(JsonNode node, Set<String> known, String where) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            where + ": unknown key '" + key + "'; expected one of " + sorted(known));
      }
    }
  }

  private static boolean bool(JsonNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (!v.isBoolean()) {
      throw new IllegalArgumentException(
          where + ": '" + key + "' must be true or false, found " + v);
    }
    return v.booleanValue();
  }

  private static long integer(JsonNode node, String key, long min, long max, String where) {
    JsonNode v = node.get(key);
    if (v == null
        || !v.isIntegralNumber()
        || !v.canConvertToLong()
        || v.longValue() < min
        || v.longValue() > max) {
      throw new IllegalArgumentException(
          where
              + ": '"
              + key
              + "' must be an integer in ["
              + min
              + ", "
              + max
              + "], found "
              + (v == null ? "nothing" : v.toString()));
    }
    return v.longValue();
  }

  private static String text(JsonNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(
          where
              + ": '"
              + key
              + "' must be a quoted string, found "
              + (v == null ? "nothing" : v.toString()));
    }
    return v.textValue();
  }

  private static String sorted(Set<String> keys) {
    return keys.stream().sorted().toList().toString();
  }
}
