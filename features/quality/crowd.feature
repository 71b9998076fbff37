@crowd
Feature: Crowds
  Many users at once. "N users join rooms of M over T" creates user-1 … user-N in room-1, room-2 …,
  arriving evenly over T; each publishes speech on a stream named after itself and plays everyone
  else in its room. The percentile sentences then judge every (listener, stream) pair of the crowd.

  Scenario: Forty users in rooms of four talk, and the crowd's quality holds
    Given the simulation runs in simulated time with seed 7
    And the reference server is running
    When 40 users join rooms of 4 over 10 seconds
    And the call lasts 20 seconds
    Then every user in room "room-1" hears every other user within 3 seconds
    And every user in room "room-10" hears every other user within 12 seconds
    And the 5th percentile of the measured MOS across all listeners is at least 3.5
    And the 95th percentile of the mouth-to-ear latency across all listeners is below 400 ms
    And no listener's reported MOS is below 3.0

  Scenario: Users declared by a numbered name
    Given the simulation runs in simulated time with seed 7
    And the reference server is running
    And 5 users named "talker-{i}"
    When every user logs in to room "room1"
    And everyone in room "room1" publishes speech and plays everyone else
    Then "talker-5" receives onRoomUserUpdate ADD talker-1 talker-2 talker-3 talker-4 within 3 seconds
    And every user in room "room1" hears every other user within 3 seconds
