Feature: A login elsewhere ends the first engine's session
  Contract §9 item 16 and §3.1: when a second engine logs in with the same user ID in the same
  room, the first is kicked out (1002050) and its stream goes (DELETE reason 3), while the user
  stays in the room for the others. If the first engine was reconnecting at the time, its next
  resume attempt is refused with 1002086 and it does not reconnect.

  Background:
    Given the reference server is running
    And users "alice" and "bob"
    And a user "alice-phone" with user ID "alice"
    When users "alice" and "bob" log in to room "room1"
    Then "bob" receives onRoomStateChanged LOGINED within 5 seconds
    When "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 5 seconds

  Scenario: A second device logs in while the first publishes
    When "alice-phone" logs in to room "room1"
    Then "alice" receives, in order:
      | onRoomStateChanged     | KICK_OUT 1002050      |
      | onPublisherStateUpdate | s1 NO_PUBLISH 1002050 |
    And "alice-phone" receives onRoomStateChanged LOGINED 0 within 5 seconds
    And "bob" receives onRoomStreamUpdate DELETE s1 within 5 seconds
    And "bob" hears nothing from stream "s1"
    And "bob" never receives onRoomUserUpdate DELETE alice
    And "alice" is in room state DISCONNECTED
    And "alice" never receives onRoomStateChanged RECONNECTING

  Scenario: A second device logs in while the first is reconnecting
    When the network of "alice" goes down for 15 seconds
    Then "alice" receives onRoomStateChanged RECONNECTING with error 1002051 within 5 seconds
    When "alice-phone" logs in to room "room1"
    Then "alice-phone" receives onRoomStateChanged LOGINED 0 within 5 seconds
    And "bob" receives onRoomStreamUpdate DELETE s1 within 5 seconds
    And "alice" receives onRoomStateChanged KICK_OUT with error 1002086 within 20 seconds
    And "alice" receives onPublisherStateUpdate s1 NO_PUBLISH 1002086 within 20 seconds
    And "alice" is in room state DISCONNECTED
    And "alice" never receives onRoomStateChanged RECONNECTED
    And "bob" never receives onRoomUserUpdate DELETE alice
