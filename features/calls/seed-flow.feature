Feature: A two-party audio call, as in the quick start
  Alice publishes a stream, Bob plays it; both stop, log out and destroy their engines.
  This is the flow of the vendor's quick-start page, asserted callback by callback.

  Background:
    Given the reference server is running
    And users "alice" and "bob"

  @smoke
  Scenario: Alice publishes, Bob plays and hears her, both leave
    When "alice" logs in to room "room1"
    Then "alice" receives onRoomStateChanged LOGINED within 5 seconds
    When "bob" logs in to room "room1"
    Then "bob" receives onRoomStateChanged LOGINED within 5 seconds
    And "alice" receives onRoomUserUpdate ADD bob within 2 seconds
    When "alice" publishes stream "s1" with a 440 Hz tone
    Then "bob" receives onRoomStreamUpdate ADD s1 within 2 seconds
    When "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 2 seconds
    And "alice" receives, in order:
      | onRoomStateChanged                 | LOGINING 0               |
      | onRoomStateUpdate                  | CONNECTING 0             |
      | onRoomStateChanged                 | LOGINED 0                |
      | onRoomStateUpdate                  | CONNECTED 0              |
      | onRoomUserUpdate                   | ADD bob                  |
      | onEngineStateUpdate                | START                    |
      | onPublisherStateUpdate             | s1 PUBLISH_REQUESTING 0  |
      | onPublisherCapturedAudioFirstFrame |                          |
      | onPublisherStateUpdate             | s1 PUBLISHING 0          |
    And "bob" receives, in order:
      | onRoomStateChanged          | LOGINING 0           |
      | onRoomStateUpdate           | CONNECTING 0         |
      | onRoomStateChanged          | LOGINED 0            |
      | onRoomStateUpdate           | CONNECTED 0          |
      | onRoomUserUpdate            | ADD alice            |
      | onRoomStreamUpdate          | ADD s1               |
      | onEngineStateUpdate         | START                |
      | onPlayerStateUpdate         | s1 PLAY_REQUESTING 0 |
      | onPlayerStateUpdate         | s1 PLAYING 0         |
      | onPlayerRecvAudioFirstFrame | s1                   |
    When "bob" stops playing stream "s1"
    Then "bob" receives onPlayerStateUpdate s1 NO_PLAY 0 within 2 seconds
    When "alice" stops publishing
    Then "alice" receives onPublisherStateUpdate s1 NO_PUBLISH 0 within 2 seconds
    And "bob" receives onRoomStreamUpdate DELETE s1 within 2 seconds
    When "bob" logs out
    Then "bob" receives, in order:
      | onPlayerStateUpdate | s1 NO_PLAY 0   |
      | onEngineStateUpdate | STOP           |
      | onRoomStateChanged  | LOGOUT 0       |
      | onRoomStateUpdate   | DISCONNECTED 0 |
    And "alice" receives onRoomUserUpdate DELETE bob within 2 seconds
    When "alice" logs out
    Then "alice" receives, in order:
      | onPublisherStateUpdate | s1 NO_PUBLISH 0 |
      | onEngineStateUpdate    | STOP            |
      | onRoomStateChanged     | LOGOUT 0        |
      | onRoomStateUpdate      | DISCONNECTED 0  |
    And "alice" is in room state DISCONNECTED
    When "alice" destroys the engine
    And "bob" destroys the engine
    Then "alice" never receives onRoomStateChanged KICK_OUT
    And "bob" never receives onDebugError
