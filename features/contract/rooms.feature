Feature: Rooms and what other users see
  The room callbacks of the engine contract (§3.1, §3.5), scenario catalogue items 1, 2, 7 and 12.

  Background:
    Given the reference server is running
    And users "alice" and "bob"

  Scenario: Alice logs in to an empty room
    When "alice" logs in to room "room1"
    Then "alice" receives, in order:
      | onRoomStateChanged | LOGINING 0     |
      | onRoomStateUpdate  | CONNECTING 0   |
      | onRoomStateChanged | LOGINED 0      |
      | onRoomStateUpdate  | CONNECTED 0    |
    And "alice" never receives onRoomUserUpdate
    And "alice" never receives onRoomStreamUpdate

  Scenario: Bob joins Alice and each sees the other
    When "alice" logs in to room "room1"
    Then "alice" receives onRoomStateChanged LOGINED within 2 seconds
    When "bob" logs in to room "room1"
    Then "bob" receives, in order:
      | onRoomStateChanged | LOGINED 0 |
      | onRoomUserUpdate   | ADD alice |
    And "alice" receives onRoomUserUpdate ADD bob within 2 seconds

  Scenario: Logging in twice is refused and changes nothing
    When "alice" logs in to room "room1"
    Then "alice" receives onRoomStateChanged LOGINED within 2 seconds
    When "alice" logs in to room "room2"
    Then the login of "alice" fails with error 1002001
    And "alice" receives onDebugError 1002001 loginRoom within 1 second
    And "alice" is in room state CONNECTED

  Scenario: Alice logs out while publishing; Bob sees her stream and then her leave
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    Then "bob" receives onRoomStreamUpdate ADD s1 within 2 seconds
    When "alice" logs out
    Then "alice" receives, in order:
      | onPublisherStateUpdate | s1 NO_PUBLISH 0 |
      | onRoomStateChanged     | LOGOUT 0        |
      | onRoomStateUpdate      | DISCONNECTED 0  |
    And "bob" receives, in order:
      | onRoomStreamUpdate | DELETE s1    |
      | onRoomUserUpdate   | DELETE alice |
