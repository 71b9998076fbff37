package io.earshot.engine.server;

import java.util.HexFormat;

/**
 * One app the server knows (contract §8): its ID, its AppSign (64 hex chars), its ServerSecret for
 * Token04 (32 chars) and its room size limit (0 = unlimited).
 */
public record AppConfig(long appId, String appSign, String serverSecret, int maxUsersPerRoom) {
  /** The app every embedded server knows, so a scenario without credentials just works. */
  public static final AppConfig DEFAULT =
      new AppConfig(
          1_000_000_001L,
          "6561727368f0742d64656661756c742d6170702d7369676e2d30303030303031",
          "earshot-default-server-secret-32",
          0);

  public AppConfig {
    if (appId < 1 || appId > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("appId must be in [1, 4294967295], was " + appId);
    }
    if (appSign == null || appSign.length() != 64 || !isHex(appSign)) {
      throw new IllegalArgumentException(
          "appSign of app "
              + appId
              + " must be 64 hex characters, was "
              + (appSign == null ? "null" : appSign.length() + " characters"));
    }
    if (serverSecret == null || serverSecret.length() != 32) {
      throw new IllegalArgumentException(
          "serverSecret of app "
              + appId
              + " must be 32 characters, was "
              + (serverSecret == null ? "null" : serverSecret.length() + " characters"));
    }
    if (maxUsersPerRoom < 0) {
      throw new IllegalArgumentException(
          "maxUsersPerRoom must be >= 0 (0 = unlimited), was " + maxUsersPerRoom);
    }
  }

  public AppConfig withMaxUsersPerRoom(int max) {
    return new AppConfig(appId, appSign, serverSecret, max);
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!HexFormat.isHexDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "AppConfig[appId=" + appId + ", maxUsersPerRoom=" + maxUsersPerRoom + "]";
  }
}
