Feature: A call through a lossy uplink
  Packet loss on the publisher's uplink is concealed; the listener still hears the tone.

  @smoke
  Scenario: 5% random loss on Alice's uplink
    Given the reference server is running
    And users "alice" and "bob"
    And the uplink of "alice" has 5% random loss
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    And the player state of "s1" for "bob" is PLAYING
    And the publisher state of "s1" is PUBLISHING
