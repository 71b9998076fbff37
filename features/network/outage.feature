Feature: A short network outage is survived
  While a user's network is down every datagram is dropped and the signaling connection stalls
  without closing. An outage shorter than the server's 30 s session timeout keeps the session.

  @smoke
  Scenario: Alice's network goes down for 3 seconds
    Given the reference server is running
    And users "alice" and "bob"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the network of "alice" goes down for 3 seconds
    Then "bob" hears nothing from stream "s1"
    And "bob" hears stream "s1" again within 2 seconds after the outage of "alice"
    And "alice" never receives onRoomStateChanged RECONNECT_FAILED
    And "alice" is in room state CONNECTED

  Scenario: Alice's network goes down until it comes back
    Given the reference server is running
    And users "alice" and "bob"
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1"
    And "alice" publishes stream "s1" with a 440 Hz tone
    And "bob" plays stream "s1"
    Then "bob" hears stream "s1" within 3 seconds
    When the network of "alice" goes down
    Then "bob" hears nothing from stream "s1"
    When the network of "alice" comes back
    Then "bob" hears stream "s1" again within 2 seconds after the outage of "alice"
    And "alice" never receives onRoomStateChanged RECONNECT_FAILED
