Feature: A user who joins late sees what is already published

  @smoke
  Scenario: Carol logs in after Alice published and receives the stream in her initial list
    Given the reference server is running
    And users "alice", "bob" and "carol"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    Then the publisher state of "s1" for "alice" is PUBLISHING
    When "carol" logs in to room "room1"
    Then "carol" receives, in order:
      | onRoomStateChanged | LOGINED 0     |
      | onRoomUserUpdate   | ADD alice bob |
      | onRoomStreamUpdate | ADD s1        |
    And "alice" receives onRoomUserUpdate ADD carol within 2 seconds
    And "alice" never receives onRoomStreamUpdate ADD s1
    When "carol" plays stream "s1"
    Then "carol" hears stream "s1" within 2 seconds
