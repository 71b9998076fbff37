Feature: Measured MOS falls as the downlink loses more packets

  The harness scores what each listener actually played against the speech that was sent
  (quality-metrics §5.5): 10 s windows every 5 s from the moment the listener first heard the
  stream, a pair's value the mean of its windows. One publisher, one listener per loss level, in one
  call, so that every listener hears the same speech. Loss recovery is off for everyone: what the
  network drops reaches the ears (with it on, NACK brings nearly all of it back, and the publisher's
  in-band FEC, switched on for the worst listener, costs every listener about 0.3).

  Background:
    Given the reference server is running
    And users "alice", "bob-0", "bob-2", "bob-5", "bob-10" and "bob-20"
    And the downlink of "bob-2" has 2% random loss
    And the downlink of "bob-5" has 5% random loss
    And the downlink of "bob-10" has 10% random loss
    And the downlink of "bob-20" has 20% random loss
    And "alice" has loss recovery switched off
    And "bob-0" has loss recovery switched off
    And "bob-2" has loss recovery switched off
    And "bob-5" has loss recovery switched off
    And "bob-10" has loss recovery switched off
    And "bob-20" has loss recovery switched off
    When every user logs in to room "room1"
    And "alice" publishes stream "s1" with speech
    And "bob-0" plays stream "s1"
    And "bob-2" plays stream "s1"
    And "bob-5" plays stream "s1"
    And "bob-10" plays stream "s1"
    And "bob-20" plays stream "s1"
    Then "bob-0" hears stream "s1" within 3 seconds

  Scenario Outline: A listener with <loss> downlink loss
    When the call lasts 30 seconds
    Then the measured MOS of "s1" at "<listener>" is at least <at least>

    Examples:
      | listener | loss | at least |
      | bob-0    | 0%   | 4.0      |
      | bob-2    | 2%   | 3.5      |
      | bob-5    | 5%   | 2.6      |
      | bob-10   | 10%  | 2.2      |
      | bob-20   | 20%  | 1.5      |
