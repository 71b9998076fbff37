Feature: Impairment sentences
  Each sentence changes only what it names; they compose with And.

  Scenario: A listener hears the tone through every kind of impairment
    Given the reference server is running
    And users "alice", "bob" and "carol"
    And the uplink of "alice" has 5% random loss
    And the network of "alice" has 80 ms delay with 20 ms jitter
    And the uplink of "alice" is limited to 64 kbit/s
    And the downlink of "bob" has 10% loss in bursts of 4 packets on average
    And the network of "carol" reorders 2% of packets
    And the network of "carol" duplicates 1% of packets
    And the downlink of "carol" corrupts 0.5% of packets
    And the network of "bob" is perfect
    And the downlink of "bob" has 3% loss with 25% correlation
    And both directions of "carol" has 20 ms delay with 5 ms normal jitter
    When users "alice", "bob" and "carol" log in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    And "carol" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    And "carol" hears stream "s1" within 3 seconds

  Scenario: Loss that rises for a while, then a perfect network
    Given the reference server is running
    And users "alice" and "bob"
    And "alice" has loss recovery switched off
    And "bob" has loss recovery switched off
    And the network of "alice" has 100 ms delay
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the uplink loss of "alice" rises to 20% for 2 seconds
    Then "bob" hears stream "s1" within 1 second
    When 3 seconds pass
    And "alice" stops publishing
    Then what "bob" missed of stream "s1" matches what the network dropped

  Scenario: The server is unreachable for a few seconds
    Given the reference server is running
    And users "alice" and "bob"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the server is unreachable for 5 seconds
    Then "bob" hears nothing from stream "s1"
    And "bob" hears stream "s1" again within 2 seconds after the outage of the server
    And "alice" never receives onRoomStateChanged RECONNECT_FAILED
