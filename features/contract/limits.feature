Feature: Room limits and a second device of the same account
  Member limits (§6.3) and the same user ID logging in elsewhere (§3.1, §3.5); catalogue items 16 and 21.

  Scenario: The fourth login to a room of three is refused
    Given the reference server is running
    And the reference server allows at most 3 users per room
    And users "a", "b", "c" and "d"
    When users "a", "b" and "c" log in to room "room1"
    Then "c" receives onRoomStateChanged LOGINED within 2 seconds
    When "d" logs in to room "room1"
    Then "d" receives, in order:
      | onRoomStateChanged | LOGINING 0           |
      | onRoomStateChanged | LOGIN_FAILED 1002034 |
    And the login of "d" fails with error 1002034
    And "a" never receives onRoomUserUpdate ADD d

  Scenario: The same user ID logs in on a second device in the same room
    Given the reference server is running
    And users "alice" and "bob"
    And a user "alice-phone" with user ID "alice"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    Then "bob" receives onRoomStreamUpdate ADD s1 within 2 seconds
    When "alice-phone" logs in to room "room1"
    Then "alice" receives, in order:
      | onRoomStateChanged     | KICK_OUT 1002050      |
      | onPublisherStateUpdate | s1 NO_PUBLISH 1002050 |
    And "alice-phone" receives onRoomStateChanged LOGINED 0 within 2 seconds
    And "bob" receives onRoomStreamUpdate DELETE s1 within 2 seconds
    And "bob" never receives onRoomUserUpdate DELETE alice
