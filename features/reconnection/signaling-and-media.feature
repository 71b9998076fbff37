Feature: The signaling or the media of one user fails on its own
  Faults that keep one path up: a stalled signaling connection (its bytes held both ways while the
  media flows), a reset signaling connection, and a media path that loses every datagram while the
  signaling flows. The link's counters in the timeline files count each fault and its time.

  Background:
    Given the reference server is running
    And users "alice" and "bob"
    When users "alice" and "bob" log in to room "room1"
    Then "bob" receives onRoomStateChanged LOGINED within 5 seconds
    When "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" publishes stream "s2" with a 660 Hz tone
    And "alice" plays stream "s2"
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 5 seconds
    And "alice" hears stream "s2" within 5 seconds

  Scenario: The signaling of Alice stalls for 10 seconds
    When the signaling of "alice" stalls for 10 seconds
    Then "alice" receives onRoomStateChanged RECONNECTING with error 1002051 within 5 seconds
    And "alice" recovers within 3 seconds after the outage
    And "alice" receives onRoomStateChanged RECONNECTED 0 within 15 seconds
    And "bob" never receives onRoomStreamUpdate DELETE
    And "bob" never receives onRoomUserUpdate DELETE

  Scenario: A short signaling stall goes unnoticed
    When the signaling of "alice" stalls for 2 seconds
    Then "alice" recovers within 1 second after the outage
    And "alice" never receives onRoomStateChanged RECONNECTING
    And "bob" hears stream "s1" within 1 second

  Scenario: The signaling connection of Alice is reset
    When the signaling connection of "alice" is reset
    Then "alice" receives, in order:
      | onRoomStateChanged | RECONNECTING 1002051 |
      | onRoomStateChanged | RECONNECTED 0        |
    And "alice" recovers within 2 seconds after the outage
    And "bob" never receives onRoomStreamUpdate DELETE
    And "bob" never receives onRoomUserUpdate DELETE

  Scenario: The media of Alice goes down for 10 seconds
    When the media of "alice" goes down for 10 seconds
    Then "alice" receives onPublisherStateUpdate s1 PUBLISH_REQUESTING 1003020 within 6 seconds
    And "alice" receives onPlayerStateUpdate s2 PLAY_REQUESTING 1004020 within 6 seconds
    And "bob" hears nothing from stream "s1"
    And "alice" recovers within 3 seconds after the outage
    And "alice" receives onPublisherStateUpdate s1 PUBLISHING 0 within 15 seconds
    And "alice" receives onPlayerStateUpdate s2 PLAYING 0 within 15 seconds
    And "alice" never receives onRoomStateChanged RECONNECTING
    And "alice" is in room state CONNECTED
