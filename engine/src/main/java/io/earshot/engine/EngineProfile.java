package io.earshot.engine;

/**
 * What an engine is created with (contract §1.2): the app ID (1…4294967295), the 64-hex-char
 * AppSign (null or empty selects token mode) and the room scenario.
 */
public record EngineProfile(long appID, String appSign, Scenario scenario) {
  public EngineProfile {
    if (scenario == null) {
      scenario = Scenario.DEFAULT;
    }
  }

  /** Whether the engine authenticates with tokens rather than the AppSign. */
  public boolean tokenMode() {
    return appSign == null || appSign.isEmpty();
  }
}
