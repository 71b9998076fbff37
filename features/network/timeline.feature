Feature: A network that changes over a timeline
  A user's link can follow a timeline of profiles from a YAML file next to the feature.

  Scenario: Bob's network is dead for 3 seconds, then he hears Alice
    Given the reference server is running
    And users "alice" and "bob"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    Then "bob" receives onRoomStreamUpdate ADD s1 within 2 seconds
    Given "bob" follows the network timeline in "late-start.yaml"
    When "bob" plays stream "s1"
    Then "bob" hears nothing from stream "s1"
    And "bob" hears stream "s1" within 5 seconds
