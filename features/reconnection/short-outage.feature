Feature: A 10-second network outage is ridden out
  Contract §9 item 13: while the network of a user who publishes and plays is down for 10 s, the
  user sees RECONNECTING within 5 s and its streams interrupted (1003020, 1004020); once the network
  is back it sees RECONNECTED, PUBLISHING and PLAYING again. The outage is shorter than the server's
  30 s session timeout, so the others see no DELETE; Bob, who plays Alice's stream, sees her network
  quality go UNKNOWN (one missed heartbeat), then DIE (three).

  @smoke
  Scenario: Alice's network goes down for 10 seconds while she publishes and plays
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
    When the network of "alice" goes down for 10 seconds
    Then "alice" receives, in order:
      | onRoomStateChanged     | RECONNECTING 1002051          |
      | onRoomStateUpdate      | CONNECTING 1002051            |
      | onPublisherStateUpdate | s1 PUBLISH_REQUESTING 1003020 |
      | onPlayerStateUpdate    | s2 PLAY_REQUESTING 1004020    |
    And "alice" receives onRoomStateChanged RECONNECTING with error 1002051 within 5 seconds
    And "bob" receives onNetworkQuality alice UNKNOWN UNKNOWN within 10 seconds
    And "bob" receives onNetworkQuality alice DIE DIE within 10 seconds
    And "alice" recovers within 5 seconds after the outage
    And "alice" receives onRoomStateChanged RECONNECTED 0 within 15 seconds
    And "alice" receives onPublisherStateUpdate s1 PUBLISHING 0 within 15 seconds
    And "alice" receives onPlayerStateUpdate s2 PLAYING 0 within 15 seconds
    And "alice" is in room state CONNECTED
    And "bob" hears stream "s1" again within 5 seconds after the outage of "alice"
    And "bob" never receives onRoomStreamUpdate DELETE
    And "bob" never receives onRoomUserUpdate DELETE
    And "alice" never receives onRoomStateChanged RECONNECT_FAILED
