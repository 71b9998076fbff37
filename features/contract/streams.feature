Feature: Publishing and playing streams
  Publisher and player states (contract §3.2, §3.3, §6.2), scenario catalogue items 4, 6, 8–11.

  Background:
    Given the reference server is running
    And users "alice" and "bob"

  Scenario: Alice publishes and never sees her own stream announced
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    Then "alice" receives, in order:
      | onEngineStateUpdate    | START                   |
      | onPublisherStateUpdate | s1 PUBLISH_REQUESTING 0 |
      | onPublisherStateUpdate | s1 PUBLISHING 0         |
    And "bob" receives onRoomStreamUpdate ADD s1 within 2 seconds
    And "alice" never receives onRoomStreamUpdate ADD s1

  Scenario: Bob waits for a stream nobody publishes yet
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "bob" plays stream "s9"
    And 3 seconds pass
    Then the player state of "s9" for "bob" is PLAY_REQUESTING
    When "alice" publishes stream "s9" with a 440 Hz tone
    Then "bob" receives onPlayerStateUpdate s9 PLAYING 0 within 2 seconds
    And "bob" hears stream "s9" within 2 seconds

  Scenario: Publishing before logging in is refused
    When "alice" publishes stream "s1" with a 440 Hz tone
    Then publishing "s1" by "alice" fails with error 1000002
    And "alice" never receives onPublisherStateUpdate

  Scenario: A stream ID is unique per app, across rooms
    Given a user "carol"
    When "alice" logs in to room "room1"
    And "carol" logs in to room "room2"
    And "alice" publishes stream "s1" with a 440 Hz tone
    Then the publisher state of "s1" for "alice" is PUBLISHING
    When "carol" publishes stream "s1" with a 440 Hz tone
    Then publishing "s1" by "carol" fails with error 1003028
    And "carol" receives, in order:
      | onPublisherStateUpdate | s1 PUBLISH_REQUESTING 0   |
      | onPublisherStateUpdate | s1 NO_PUBLISH 1003028     |
    And the publisher state of "s1" for "alice" is PUBLISHING
    And "bob" never receives onRoomStreamUpdate ADD s1

  Scenario: One stream per publish channel
    When "alice" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    Then the publisher state of "s1" for "alice" is PUBLISHING
    When "alice" publishes stream "s2" with a 660 Hz tone
    Then publishing "s2" by "alice" fails with error 1003023
    And the publisher state of "s1" for "alice" is PUBLISHING

  Scenario: Alice stops publishing; Bob keeps playing a silent stream
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 2 seconds
    When "alice" stops publishing
    Then "alice" receives onPublisherStateUpdate s1 NO_PUBLISH 0 within 1 second
    And "bob" receives onRoomStreamUpdate DELETE s1 within 2 seconds
    And the player state of "s1" for "bob" is PLAYING
