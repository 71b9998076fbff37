package io.earshot.features.cli;

import java.nio.file.Path;

/**
 * A feature with one scenario of each outcome (passes; fails a callback assertion after a lossy
 * call with an outage, its audio recorded; a misspelt sentence), for the report's own tests.
 * Written to a temporary folder: kept out of {@code features/}, which {@code earshot run features/}
 * runs expecting every scenario to pass.
 */
final class OutcomesFeature {
  /** The line of the failing lossy call. */
  static final int LOSSY_CALL_LINE = 10;

  static final String TEXT =
      ""
          + "Feature: One scenario of each outcome, for the report's own tests\n"
          + "\n"
          + "  Scenario: Alice logs in\n"
          + "    Given the reference server is running\n"
          + "    And users \"alice\" and \"bob\"\n"
          + "    When \"alice\" logs in to room \"room1\"\n"
          + "    Then \"alice\" receives onRoomStateChanged LOGINED within 5 seconds\n"
          + "\n"
          + "  @record-audio\n"
          + "  Scenario: A lossy call with an outage expects a kick-out that never comes\n"
          + "    Given the reference server is running\n"
          + "    And users \"alice\" and \"bob\"\n"
          + "    And the uplink of \"alice\" has 5% random loss\n"
          + "    When \"alice\" logs in to room \"room1\"\n"
          + "    And \"bob\" logs in to room \"room1\"\n"
          + "    And \"alice\" publishes stream \"s1\" with a 440 Hz tone\n"
          + "    And \"bob\" plays stream \"s1\"\n"
          + "    Then \"bob\" hears stream \"s1\" within 3 seconds\n"
          + "    When 2 seconds pass\n"
          + "    And the network of \"alice\" goes down for 3 seconds\n"
          + "    And 4 seconds pass\n"
          + "    Then \"alice\" receives onRoomStateChanged KICK_OUT within 1 second\n"
          + "\n"
          + "  Scenario: A misspelt sentence\n"
          + "    Given the reference server is running\n"
          + "    And users \"alice\" and \"bob\"\n"
          + "    Then \"bob\" heers stream \"s1\" within 2 seconds\n";

  private OutcomesFeature() {}

  /** Writes the feature as {@code dir/outcomes.feature}. */
  static Path write(Path dir) {
    return EarshotCli.write(dir, "outcomes.feature", TEXT);
  }
}
