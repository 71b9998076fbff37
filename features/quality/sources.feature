Feature: Speech, audio files, noise and silence are heard for what they are

  "Hears" for speech, a file or noise means the played audio correlates with what was sent, not only
  that something audible came out; silence is heard as nothing.

  Scenario: Everyone in a room talks and hears everyone else
    Given the reference server is running
    And users "alice", "bob" and "carol"
    When every user logs in to room "room1"
    And everyone in room "room1" publishes speech and plays everyone else
    Then every user in room "room1" hears every other user within 3 seconds
    When the call lasts 20 seconds
    Then the 5th percentile of the measured MOS across all listeners is at least 3.5
    And the 95th percentile of the mouth-to-ear latency across all listeners is below 100 ms
    And the audio break rate of "alice" at "bob" is below 1 per 10 seconds

  Scenario: A WAV file of another rate and channel count, white noise and silence
    Given the reference server is running
    And users "alice", "bob", "carol" and "dave"
    When every user logs in to room "room1"
    And "alice" publishes stream "file" with the audio file "greeting.wav"
    And "carol" publishes stream "noise" with white noise
    And "dave" publishes stream "quiet" with silence
    And "bob" plays stream "file"
    And "bob" plays stream "noise"
    And "bob" plays stream "quiet"
    Then "bob" hears stream "file" within 3 seconds
    And "bob" hears stream "noise" within 3 seconds
    And "bob" hears nothing from stream "quiet"
    When the call lasts 12 seconds
    Then the measured MOS of "file" at "bob" is at least 3.5
