Feature: Identifier rules and a destroyed engine
  Stream ID formats (contract §6.1) and calls after destroyEngine; scenario catalogue item 25.

  Background:
    Given the reference server is running
    And a user "alice"
    When "alice" logs in to room "room1"

  Scenario: A stream ID with a character outside [A-Za-z0-9_-]
    When "alice" publishes stream "bad id!" with a 440 Hz tone
    Then publishing "bad id!" by "alice" fails with error 1000016

  Scenario: An empty stream ID
    When "alice" publishes stream "" with a 440 Hz tone
    Then publishing "" by "alice" fails with error 1000015

  Scenario: A stream ID of 256 bytes
    When "alice" publishes stream "sxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" with a 440 Hz tone
    Then publishing "sxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" by "alice" fails with error 1000014

  Scenario: Every call after destroyEngine returns 1000001 and no callback follows
    When "alice" destroys the engine
    And "alice" publishes stream "s1" with a 440 Hz tone
    Then publishing "s1" by "alice" fails with error 1000001
    And "alice" never receives onDebugError 1000001
