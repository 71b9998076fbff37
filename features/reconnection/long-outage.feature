Feature: A 60-second network outage outlasts the server's session
  Contract §9 item 14: the server ends a session it has not heard from for 30 s, so the others see
  the user's stream and the user go (DELETE within 40 s of the outage's start, reason 2 in the
  timeline's extended data); once the network is back, the user's engine reconnects, finds its
  session gone, logs in again and republishes, and the others see ADD. The user itself sees only
  RECONNECTING, then RECONNECTED.

  Scenario: Alice's network goes down for 60 seconds
    Given the reference server is running
    And users "alice" and "bob"
    When users "alice" and "bob" log in to room "room1"
    Then "bob" receives onRoomStateChanged LOGINED within 5 seconds
    When "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" publishes stream "s2" with a 660 Hz tone
    And "alice" plays stream "s2"
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 5 seconds
    When the network of "alice" goes down for 60 seconds
    Then "bob" receives onRoomStreamUpdate DELETE s1 within 40 seconds
    And "bob" receives onRoomUserUpdate DELETE alice within 40 seconds
    And "bob" hears nothing from stream "s1"
    And "alice" recovers within 5 seconds after the outage
    And "bob" receives onRoomUserUpdate ADD alice within 65 seconds
    And "bob" receives onRoomStreamUpdate ADD s1 within 65 seconds
    And "alice" receives onRoomStateChanged RECONNECTED 0 within 65 seconds
    And "alice" receives onPublisherStateUpdate s1 PUBLISHING 0 within 65 seconds
    And "alice" receives onPlayerStateUpdate s2 PLAYING 0 within 65 seconds
    And "bob" hears stream "s1" again within 5 seconds after the outage of "alice"
    And "alice" never receives onRoomStateChanged RECONNECT_FAILED
    And "alice" never receives onRoomStateChanged KICK_OUT
    And "alice" never receives onRoomStateChanged LOGOUT
    And "bob" never receives onRoomStateChanged RECONNECTING
