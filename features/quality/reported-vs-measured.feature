Feature: The MOS the engine reports agrees with the MOS the harness measures

  The engine reports its own parametric estimate (a wideband E-model) every 3 s in
  onPlayerQualityUpdate; the harness measures what the listener played. They should agree within
  0.5 on clean, lossy, bursty and jittery downlinks (quality-metrics §5.5 acceptance).

  # Seed 42, 30 s of speech, loss recovery on (NACK and the publisher's in-band FEC at work),
  # reported / measured: clean 4.14 / 3.89, 2% 4.12 / 3.85, 5% 4.11 / 3.85, 10% 4.09 / 3.89,
  # bursty 5% 3.43 / 3.10, jitter 4.05 / 3.90. The engine's E-model uses Earshot's own Opus
  # calibration (Ie 19.2, Bpl 7.3, fitted to the measured MOS), counts the ticks a burst leaves the
  # jitter buffer dry as residual loss, and the buffer decides on its smoothed depth, so jitter no
  # longer makes it drop and insert frames all through the call.
  Scenario: Reported within 0.5 of measured on every condition
    Given the reference server is running
    And users "alice", "clean", "loss-2", "loss-5", "loss-10", "bursty-5" and "jitter-50"
    And the downlink of "loss-2" has 2% random loss
    And the downlink of "loss-5" has 5% random loss
    And the downlink of "loss-10" has 10% random loss
    And the downlink of "bursty-5" has 5% loss in bursts of 3 packets on average
    And the downlink of "jitter-50" has 60 ms delay with 50 ms jitter
    When every user logs in to room "room1"
    And "alice" publishes stream "s1" with speech
    And "clean" plays stream "s1"
    And "loss-2" plays stream "s1"
    And "loss-5" plays stream "s1"
    And "loss-10" plays stream "s1"
    And "bursty-5" plays stream "s1"
    And "jitter-50" plays stream "s1"
    Then "clean" hears stream "s1" within 3 seconds
    When the call lasts 30 seconds
    Then the MOS that "clean" reports for "s1" is within 0.5 of the measured MOS
    And the MOS that "loss-2" reports for "s1" is within 0.5 of the measured MOS
    And the MOS that "loss-5" reports for "s1" is within 0.5 of the measured MOS
    And the MOS that "loss-10" reports for "s1" is within 0.5 of the measured MOS
    And the MOS that "bursty-5" reports for "s1" is within 0.5 of the measured MOS
    And the MOS that "jitter-50" reports for "s1" is within 0.5 of the measured MOS
    And no listener's reported MOS is below 1.0
