Feature: What the listener missed is what the network dropped
  With loss recovery switched off (no retransmission, no FEC), every 20 ms frame of a stream that the
  listener's engine never received was dropped by the emulator on the publisher's uplink or the
  listener's downlink. Frames are counted by RTP timestamp: the relay gives each listener's leg its
  own sequence numbers.

  Background:
    Given the reference server is running
    And users "alice" and "bob"
    And "alice" has loss recovery switched off
    And "bob" has loss recovery switched off

  Scenario: Independent loss of 10% on Alice's uplink
    Given the uplink of "alice" has 10% random loss
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the call lasts 20 seconds
    And "alice" stops publishing
    Then what "bob" missed of stream "s1" matches what the network dropped

  Scenario: Bursty loss of 8% in bursts of 3 on Alice's uplink and Bob's downlink
    Given the uplink of "alice" has 8% loss in bursts of 3 packets on average
    And the downlink of "bob" has 8% loss in bursts of 3 packets on average
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the call lasts 20 seconds
    And "alice" stops publishing
    Then what "bob" missed of stream "s1" matches what the network dropped
