Feature: One scenario of each outcome, for the report's own tests

  Scenario: Alice logs in
    Given the reference server is running
    And users "alice" and "bob"
    When "alice" logs in to room "room1"
    Then "alice" receives onRoomStateChanged LOGINED within 5 seconds

  @record-audio
  Scenario: A lossy call with an outage expects a kick-out that never comes
    Given the reference server is running
    And users "alice" and "bob"
    And the uplink of "alice" has 5% random loss
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When 2 seconds pass
    And the network of "alice" goes down for 3 seconds
    And 4 seconds pass
    Then "alice" receives onRoomStateChanged KICK_OUT within 1 second

  Scenario: A misspelt sentence
    Given the reference server is running
    And users "alice" and "bob"
    Then "bob" heers stream "s1" within 2 seconds
