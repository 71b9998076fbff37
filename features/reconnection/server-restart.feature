Feature: The server restarts or goes down for a while
  A restart closes every connection and loses the server's rooms, sessions and streams; a new server
  comes up on the same addresses at once. Clients reconnect, find their session gone, log in again
  and republish (§3.5: the others may see transient DELETE/ADD pairs). A server that stays down
  refuses connections and loses datagrams until it comes back, as a new server with empty state.

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

  Scenario: The server restarts during a call
    When the server restarts
    Then "alice" receives onRoomStateChanged RECONNECTING with error 1002051 within 2 seconds
    And "bob" receives onRoomStateChanged RECONNECTING with error 1002051 within 2 seconds
    And "alice" recovers within 5 seconds after the outage
    And "bob" recovers within 5 seconds after the outage
    And "alice" receives onRoomStateChanged RECONNECTED 0 within 5 seconds
    And "bob" receives onRoomStateChanged RECONNECTED 0 within 5 seconds
    And "alice" receives onPublisherStateUpdate s1 PUBLISHING 0 within 5 seconds
    And "bob" receives onPlayerStateUpdate s1 PLAYING 0 within 5 seconds
    And "alice" is in room state CONNECTED
    And "alice" never receives onRoomStateChanged RECONNECT_FAILED
    And "bob" never receives onRoomStateChanged RECONNECT_FAILED

  Scenario: The server goes down for 30 seconds and comes back
    When the server goes down
    Then "alice" receives onRoomStateChanged RECONNECTING with error 1002051 within 2 seconds
    And "alice" receives onPublisherStateUpdate s1 PUBLISH_REQUESTING 1003020 within 2 seconds
    And "bob" receives onPlayerStateUpdate s1 PLAY_REQUESTING 1004020 within 2 seconds
    And "bob" hears nothing from stream "s1"
    When 30 seconds pass
    Then "alice" is in room state CONNECTING
    When the server comes back
    Then "alice" recovers within 5 seconds after the outage
    And "bob" recovers within 5 seconds after the outage
    And "alice" receives onRoomStateChanged RECONNECTED 0 within 5 seconds
    And "bob" receives onRoomStateChanged RECONNECTED 0 within 5 seconds
    And "bob" hears stream "s1" within 5 seconds
    And "alice" never receives onRoomStateChanged RECONNECT_FAILED

  Scenario: A login made while the server is down succeeds once it is back
    When the server goes down
    And "alice" logs out
    And "alice" logs in to room "room2"
    And 20 seconds pass
    Then "alice" is in room state CONNECTING
    When the server comes back
    Then "alice" receives onRoomStateChanged LOGINED 0 within 5 seconds
    And "alice" is in room state CONNECTED
