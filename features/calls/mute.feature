Feature: Muting a call
  Contract §9 items 22 and 23. A publisher who mutes the microphone keeps publishing silence and its
  players are told MUTE; a player who mutes a stream keeps playing it and hears nothing until it unmutes.
  "Hears nothing" ignores the first 500 ms after the action (audio already in flight) and then listens
  for at least 1 second.

  Background:
    Given the reference server is running
    And users "alice" and "bob"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 2 seconds
    And "bob" receives, in order:
      | onPlayerStateUpdate    | s1 PLAYING 0 |
      | onRemoteMicStateUpdate | s1 OPEN      |

  @smoke
  Scenario: Alice mutes the microphone, Bob is told and hears silence, then hears her again
    When "alice" mutes the microphone
    Then "bob" receives onRemoteMicStateUpdate s1 MUTE within 2 seconds
    And "bob" hears nothing from stream "s1"
    And the publisher state of "s1" for "alice" is PUBLISHING
    And the player state of "s1" for "bob" is PLAYING
    When "alice" unmutes the microphone
    Then "bob" receives onRemoteMicStateUpdate s1 OPEN within 2 seconds
    And "bob" hears stream "s1" within 2 seconds
    And "alice" never receives onRemoteMicStateUpdate
    And "alice" never receives onPublisherStateUpdate s1 NO_PUBLISH

  Scenario: Bob mutes the stream he plays, stays PLAYING and hears nothing, then hears it again
    When "bob" mutes stream "s1"
    Then "bob" hears nothing from stream "s1"
    And the player state of "s1" for "bob" is PLAYING
    When "bob" unmutes stream "s1"
    Then "bob" hears stream "s1" within 2 seconds
    And "bob" never receives onRemoteMicStateUpdate s1 MUTE

  Scenario: Muting the published audio silences the stream but not what the microphone captures
    When "alice" starts the sound level monitor
    And "bob" starts the sound level monitor every 200 ms
    Then "alice" reports a captured sound level above 80 within 1 second
    And "bob" reports a sound level above 80 for stream "s1" within 1 second
    When "alice" mutes the published audio
    Then "bob" receives onRemoteMicStateUpdate s1 MUTE within 2 seconds
    And "bob" hears nothing from stream "s1"
    And "bob" reports a sound level below 1 for stream "s1" within 2 seconds
    And "alice" reports a captured sound level above 80 within 2 seconds
    When "alice" mutes the microphone
    Then "alice" reports a captured sound level at most 0 within 1 second

  Scenario: Muting every stream wins over unmuting one
    When "bob" mutes every stream
    And "bob" unmutes stream "s1"
    Then "bob" hears nothing from stream "s1"
    When "bob" unmutes every stream
    Then "bob" hears stream "s1" within 2 seconds
