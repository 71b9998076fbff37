Feature: Twenty minutes without a network end the reconnection
  Contract §9 item 15 and §7: an engine keeps trying to reconnect for 20 minutes (attempts 0.5 s,
  1 s, 2 s, then every 3 s after the break, each timing out after 5 s); when the window ends it
  reports RECONNECT_FAILED, stops its streams and tries no more. A login that finds no server has
  the same window. Simulated time runs these 20 minutes in seconds of wall time: the sources are
  silent, and after 10 s of digital silence the harness's codec stops asking libopus to encode more
  of it (SteadySilenceCodecs), so little happens per frame while nothing gets through.

  Scenario: Alice's network stays down for 20 minutes
    Given the reference server is running
    And users "alice" and "bob"
    When users "alice" and "bob" log in to room "room1"
    Then "bob" receives onRoomStateChanged LOGINED within 5 seconds
    When "alice" publishes stream "s1" with silence
    And "bob" publishes stream "s2" with silence
    And "alice" plays stream "s2"
    Then "alice" receives onPlayerStateUpdate s2 PLAYING 0 within 3 seconds
    When the network of "alice" goes down
    Then "alice" receives onRoomStateChanged RECONNECTING with error 1002051 within 5 seconds
    And "alice" receives onRoomStateChanged RECONNECT_FAILED with error 1002053 within 21 minutes
    When the network of "alice" comes back
    And 1 minute passes
    Then "alice" receives, in order:
      | onRoomStateChanged     | RECONNECTING 1002051          |
      | onPublisherStateUpdate | s1 PUBLISH_REQUESTING 1003020 |
      | onPlayerStateUpdate    | s2 PLAY_REQUESTING 1004020    |
      | onRoomStateChanged     | RECONNECT_FAILED 1002053      |
      | onRoomStateUpdate      | DISCONNECTED 1002053          |
      | onPublisherStateUpdate | s1 NO_PUBLISH 1003021         |
      | onPlayerStateUpdate    | s2 NO_PLAY 1004001            |
      | onEngineStateUpdate    | STOP                          |
    # No further retries: with the network back for a minute, a retry would have reconnected.
    And "alice" never receives onRoomStateChanged RECONNECTED
    And "alice" is in room state DISCONNECTED
    And the publisher state of "s1" for "alice" is NO_PUBLISH
    And the player state of "s2" for "alice" is NO_PLAY

  Scenario: A login while the server is down fails when the 20-minute window ends
    Given the reference server is running
    And a user "alice"
    When the server goes down
    And "alice" logs in to room "room1"
    Then "alice" receives onRoomStateChanged LOGINING 0 within 1 second
    And "alice" receives onRoomStateChanged LOGIN_FAILED with error 1002030 within 21 minutes
    And "alice" never receives onRoomStateChanged LOGINED
    And "alice" is in room state DISCONNECTED
    When the server comes back
    And 10 seconds pass
    Then "alice" never receives onRoomStateChanged LOGINED
