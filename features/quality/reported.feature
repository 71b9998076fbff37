Feature: What the listener's engine reports about a call

  Every 3 s the engine reports how a played stream is going (onPlayerQualityUpdate), from its own
  RTCP: loss on its leg before recovery, the end-to-end loss with the publisher's uplink, round
  trip, playout delay, breaks and its own MOS. These scenarios check those figures against what the
  emulator did, and that NACK and in-band FEC recover most of what was lost.

  Background:
    Given the reference server is running

  Scenario: A lossy listener reports its downlink's loss, a clean one none
    Given users "alice", "lossy" and "clean"
    And the downlink of "lossy" has 5% random loss
    When every user logs in to room "room1"
    And "alice" publishes stream "s1" with speech
    And "lossy" plays stream "s1"
    And "clean" plays stream "s1"
    Then "lossy" hears stream "s1" within 3 seconds
    When the call lasts 60 seconds
    Then the packet loss that "lossy" reports for "s1" agrees with what its downlink dropped
    And the packet loss that "lossy" reports for "s1" is between 4% and 6%
    And the end-to-end packet loss that "lossy" reports for "s1" is between 4% and 6%
    And the packet loss that "clean" reports for "s1" is between 0% and 0.1%
    And the residual loss that "lossy" reports for "s1" is below 1%
    And the MOS that "clean" reports for "s1" is at least 4.0

  Scenario: Loss on the publisher's uplink shows end to end, not on the listener's leg
    Given users "alice" and "bob"
    And the uplink of "alice" has 5% random loss
    When every user logs in to room "room1"
    And "alice" publishes stream "s1" with speech
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the call lasts 60 seconds
    Then the packet loss that "bob" reports for "s1" is between 0% and 0.1%
    And the end-to-end packet loss that "bob" reports for "s1" is between 4% and 6%

  Scenario: Loss in bursts of four is reported with its burst ratio
    Given users "alice" and "bob"
    And the downlink of "bob" has 10% loss in bursts of 4 packets on average
    When every user logs in to room "room1"
    And "alice" publishes stream "s1" with speech
    And "bob" plays stream "s1"
    # The jitter buffer makes room for retransmissions in the first seconds (see below).
    Then "bob" hears stream "s1" within 5 seconds
    When the call lasts 60 seconds
    Then the packet loss that "bob" reports for "s1" is between 7% and 13%
    And the loss burst ratio that "bob" reports for "s1" is above 1.5

  Scenario: NACK and FEC conceal less than no recovery at 5% loss
    Given users "alice", "with" and "without"
    And "without" has loss recovery switched off
    And the network of "with" has 20 ms delay
    And the network of "without" has 20 ms delay
    And the downlink of "with" has 5% random loss
    And the downlink of "without" has 5% random loss
    When every user logs in to room "room1"
    And "alice" publishes stream "s1" with speech
    And "with" plays stream "s1"
    And "without" plays stream "s1"
    # The jitter buffer grows toward a round trip plus 70 ms once it knows the round trip, so that
    # retransmissions arrive in time: the first seconds play at a shifting delay.
    Then "with" hears stream "s1" within 5 seconds
    When the call lasts 30 seconds
    Then the residual loss that "with" reports for "s1" is below 1%
    And "with" conceals fewer samples of "s1" than "without"

  Scenario: A 3 second outage is one audio break
    Given users "alice" and "bob"
    When every user logs in to room "room1"
    And "alice" publishes stream "s1" with speech
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the call lasts 5 seconds
    And the network of "bob" goes down for 3 seconds
    And the call lasts 5 seconds
    Then "bob" receives onPlayerMediaEvent s1 AUDIO_BREAK_OCCUR exactly once
    And "bob" receives onPlayerMediaEvent s1 AUDIO_BREAK_RESUME exactly once

  Scenario: A 3 second media outage is one audio break, and no reconnection
    Given users "alice" and "bob"
    When every user logs in to room "room1"
    And "alice" publishes stream "s1" with speech
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the call lasts 5 seconds
    And the media of "bob" goes down for 3 seconds
    And the call lasts 5 seconds
    Then "bob" receives onPlayerMediaEvent s1 AUDIO_BREAK_OCCUR exactly once
    And "bob" receives onPlayerMediaEvent s1 AUDIO_BREAK_RESUME exactly once
    And "bob" never receives onRoomStateChanged RECONNECTING
    And "bob" never receives onPlayerStateUpdate s1 PLAY_REQUESTING 1004020

  Scenario: Round trip, jitter and playout delay on a 50 ms path
    Given users "alice" and "bob"
    And the network of "alice" has 50 ms delay
    And the network of "bob" has 50 ms delay
    When every user logs in to room "room1"
    And "alice" publishes stream "s1" with speech
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the call lasts 20 seconds
    Then the round trip that "bob" reports for "s1" is between 95 ms and 105 ms
    And the jitter that "bob" reports for "s1" is below 5 ms
    And the playout delay that "bob" reports for "s1" is below 150 ms
    And the audio break rate that "bob" reports for "s1" is below 1 per 10 seconds
    # About 230 ms mouth to ear (100 ms of network both ways, the playout delay, the codec): the
    # E-model's delay term and Earshot's calibrated Opus row (Ie 19.2) give 3.98.
    And the MOS that "bob" reports for "s1" is at least 3.9
