package io.earshot.simulator.dsl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.PlayerState;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An expectation no callback could ever meet fails when it is written, naming the valid words. */
class ExpectedCallbackTest {
  private static String refusal(String callback, String args) {
    return assertThrows(IllegalArgumentException.class, () -> ExpectedCallback.of(callback, args))
        .getMessage();
  }

  @Test
  void aMisspeltStateNamesTheWordAndEveryStateOfTheEngineEnum() {
    String message = refusal("onPlayerStateUpdate", "s1 PLAYNG");
    assertTrue(message.contains("\"PLAYNG\" is not a player state"), message);
    for (PlayerState state : PlayerState.values()) {
      assertTrue(message.contains(state.name()), message);
    }
  }

  @Test
  void aMisspeltReasonOrUpdateTypeOrEventFails() {
    assertTrue(refusal("onRoomStateChanged", "KICKED_OUT").contains("KICK_OUT"));
    assertTrue(refusal("onRoomUserUpdate", "ADDED alice").contains("\"ADDED\" is not"));
    assertTrue(refusal("onPublisherStreamEvent", "PLAY_START s1").contains("PUBLISH_START"));
    assertTrue(refusal("onRemoteMicStateUpdate", "s1 MUTED").contains("MUTE"));
  }

  @Test
  void anUnknownErrorCodeListsTheNearestCodes() {
    String message = refusal("onRoomStateChanged", "LOGIN_FAILED 1002035");
    assertTrue(message.contains("1002034 ROOM_ERROR_EXCEED_MAXIMUM_MEMBER"), message);
  }

  @Test
  void tooManyArgumentsShowTheSignature() {
    String message = refusal("onEngineStateUpdate", "START 0");
    assertTrue(message.contains("onEngineStateUpdate <engine state>"), message);
  }

  @Test
  void anUnknownCallbackListsTheRecordedOnes() {
    String message = refusal("onPlayerStateChanged", "s1 PLAYING");
    assertTrue(message.contains("onPlayerStateUpdate"), message);
  }

  @Test
  void validExpectationsPass() {
    for (String[] ok :
        new String[][] {
          {"onRoomStateChanged", "RECONNECTING 1002051"},
          {"onRoomStateUpdate", "CONNECTED 0"},
          {"onRoomUserUpdate", "ADD alice bob carol"},
          {"onRoomStreamUpdate", "DELETE s1"},
          {"onPublisherStateUpdate", "s1 NO_PUBLISH 1003028"},
          {"onPlayerStreamEvent", "RETRY_PLAY_START s1"},
          {"onPublisherCapturedAudioFirstFrame", ""},
          {"onDebugError", "1000002 startPublishingStream"},
          {"onRoomOnlineUserCountUpdate", "2"}
        }) {
      assertDoesNotThrow(() -> ExpectedCallback.of(ok[0], ok[1]), Arrays.toString(ok));
    }
  }

  @Test
  void aStreamIdIsAnyWordEvenOneTheEngineRefuses() {
    assertDoesNotThrow(
        () ->
            new ExpectedCallback(
                "onPublisherStateUpdate", List.of("bad id!", "NO_PUBLISH", "1000016")));
    assertDoesNotThrow(
        () -> new ExpectedCallback("onPublisherStateUpdate", List.of("", "NO_PUBLISH", "1000015")));
  }
}
