Feature: Authentication with AppSign and Token04
  Logins and publishing under the contract's authentication rules (§8); scenario catalogue items 17–20.

  Background:
    Given the reference server is running
    And users "alice" and "bob"

  Scenario: A valid token logs in
    When "alice" logs in to room "room1" with a valid token
    Then "alice" receives onRoomStateChanged LOGINED 0 within 2 seconds

  Scenario: An expired token is refused
    When "alice" logs in to room "room1" with an expired token
    Then "alice" receives, in order:
      | onRoomStateChanged | LOGINING 0             |
      | onRoomStateChanged | LOGIN_FAILED 1002078   |
    And the login of "alice" fails with error 1002078
    And "alice" is in room state DISCONNECTED

  Scenario: Tokens signed by another secret, for another app or for another user are refused
    Given a user "carol"
    When "alice" logs in to room "room1" with a token signed by another secret
    And "bob" logs in to room "room1" with a token for another app
    And "carol" logs in to room "room1" with a token for another user
    Then the login of "alice" fails with error 1002033
    And the login of "bob" fails with error 1002076
    And the login of "carol" fails with error 1002077

  Scenario: A token that does not allow publishing still allows playing
    When "bob" logs in to room "room1"
    And "alice" logs in to room "room1" with a token that does not allow publishing
    And "bob" publishes stream "b1" with a 660 Hz tone
    And "alice" publishes stream "a1" with a 440 Hz tone
    Then "alice" receives, in order:
      | onPublisherStateUpdate | a1 PUBLISH_REQUESTING 0 |
      | onPublisherStateUpdate | a1 NO_PUBLISH 1003072   |
    And publishing "a1" by "alice" fails with error 1003072
    When "alice" plays stream "b1"
    Then "alice" hears stream "b1" within 2 seconds

  Scenario: A token's stream list limits what may be published
    When "alice" logs in to room "room1" with a token that allows publishing only "alice-main"
    And "alice" publishes stream "alice-main" with a 440 Hz tone
    Then the publisher state of "alice-main" for "alice" is PUBLISHING
    When "alice" stops publishing
    And "alice" publishes stream "alice-other" with a 440 Hz tone
    Then publishing "alice-other" by "alice" fails with error 1003072

  Scenario: The wrong app sign is refused
    When "alice" logs in to room "room1" with the wrong app sign
    Then the login of "alice" fails with error 1001005

  Scenario: A server that requires tokens refuses an AppSign login without one
    Given the reference server requires token authentication
    When "alice" logs in to room "room1"
    And "bob" logs in to room "room1" with a valid token
    Then the login of "alice" fails with error 1002067
    And "bob" receives onRoomStateChanged LOGINED 0 within 2 seconds
