Feature: Network profiles
  A profile is a preset of the network spec (with aliases such as "4g"), a profile defined in the
  scenario, or one from network-profiles.yaml next to this file.

  Scenario: A café network defined in the scenario, for every user
    Given the network profile "bad-cafe" has 8% loss in bursts of 3 packets on average, 120 ms delay with 40 ms jitter and 256 kbit/s bandwidth
    And the reference server is running
    And every user uses the network profile "bad-cafe"
    And users "alice" and "bob"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 5 seconds

  @smoke
  Scenario: Bob on a 4G preset
    Given the reference server is running
    And users "alice" and "bob"
    And "bob" uses the network profile "4g"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds

  Scenario: A profile from network-profiles.yaml next to the feature file
    Given the reference server is running
    And users "alice" and "bob"
    And "alice" uses the network profile "office-vpn"
    And "bob" uses the network profile "train-wifi"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
