package io.earshot.engine.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenPrivilegesTest {
  @Test
  void readsTheVendorSample() {
    TokenPrivileges p =
        TokenPrivileges.fromPayloadJson(
            "{\"room_id\": \"room1\", \"privilege\": {\"1\": 1, \"2\": 0}, \"stream_id_list\": [\"s123\"]}");
    assertEquals(new TokenPrivileges("room1", true, false, List.of("s123")), p);
  }

  @Test
  void writesTheVendorShape() {
    assertEquals(
        "{\"room_id\":\"room1\",\"privilege\":{\"1\":1,\"2\":0},\"stream_id_list\":null}",
        new TokenPrivileges("room1", true, false, List.of()).toPayloadJson());
    assertEquals(
        "{\"room_id\":\"\",\"privilege\":{\"1\":0,\"2\":1},\"stream_id_list\":[\"a\",\"b\\\"c\"]}",
        new TokenPrivileges("", false, true, List.of("a", "b\"c")).toPayloadJson());
  }

  @Test
  void roundTrips() {
    for (TokenPrivileges p :
        List.of(
            TokenPrivileges.UNRESTRICTED,
            new TokenPrivileges("r", false, false, List.of()),
            new TokenPrivileges("房间", true, false, List.of("s1", "s2")))) {
      assertEquals(p, TokenPrivileges.fromPayloadJson(p.toPayloadJson()));
    }
  }

  @Test
  void emptyOrNullPayloadIsUnrestricted() {
    assertSame(TokenPrivileges.UNRESTRICTED, TokenPrivileges.fromPayloadJson(""));
    assertSame(TokenPrivileges.UNRESTRICTED, TokenPrivileges.fromPayloadJson(null));
    assertEquals(TokenPrivileges.UNRESTRICTED, TokenPrivileges.fromPayloadJson("{}"));
  }

  @Test
  void missingPrivilegeKeyMeansAllowed() {
    assertEquals(
        new TokenPrivileges("", true, false, List.of()),
        TokenPrivileges.fromPayloadJson("{\"privilege\":{\"2\":0}}"));
    assertEquals(
        new TokenPrivileges("", false, true, List.of()),
        TokenPrivileges.fromPayloadJson("{\"privilege\":{\"1\":0}}"));
    assertEquals(
        TokenPrivileges.UNRESTRICTED,
        TokenPrivileges.fromPayloadJson("{\"privilege\":{\"1\":null,\"9\":0}}"));
  }

  @Test
  void nullsMeanAny() {
    assertEquals(
        TokenPrivileges.UNRESTRICTED,
        TokenPrivileges.fromPayloadJson(
            "{\"room_id\":null,\"privilege\":null,\"stream_id_list\":null}"));
    TokenPrivileges p = new TokenPrivileges(null, true, true, null);
    assertEquals(TokenPrivileges.UNRESTRICTED, p);
  }

  @Test
  void listIsCopiedAndImmutable() {
    List<String> ids = new ArrayList<>(List.of("s1"));
    TokenPrivileges p = new TokenPrivileges("", true, true, ids);
    ids.add("s2");
    assertEquals(List.of("s1"), p.streamIdList());
    assertThrows(UnsupportedOperationException.class, () -> p.streamIdList().add("s3"));
  }

  @Test
  void roomAndStreamChecks() {
    TokenPrivileges p = new TokenPrivileges("room1", true, true, List.of("a"));
    assertTrue(p.allowsRoom("room1"));
    assertFalse(p.allowsRoom("room2"));
    assertFalse(p.allowsRoom(null));
    assertTrue(p.allowsStream("a"));
    assertFalse(p.allowsStream("b"));
    assertFalse(p.allowsStream(null));
    assertTrue(TokenPrivileges.UNRESTRICTED.allowsRoom(null));
    assertTrue(TokenPrivileges.UNRESTRICTED.allowsStream(null));
  }

  @Test
  void wrongShapesSayWhatWasExpected() {
    assertMessage("{\"room_id\":5}", "payload room_id must be a string, found the number 5");
    assertMessage(
        "{\"privilege\":[1]}",
        "payload privilege must be an object like {\"1\": 1, \"2\": 0}, found an array");
    assertMessage(
        "{\"privilege\":{\"2\":\"0\"}}",
        "payload privilege \"2\" must be 1 (allowed) or 0 (denied), found the string \"0\"");
    assertMessage(
        "{\"stream_id_list\":{}}",
        "payload stream_id_list must be an array of strings or null, found an object");
    assertMessage(
        "{\"stream_id_list\":[\"a\",7]}",
        "payload stream_id_list must hold only strings, found the number 7");
    assertMessage("[]", "token payload must be a JSON object, found an array");
    assertMessage("   ", "token payload must be a JSON object, found nothing");
    assertTrue(message("not json").startsWith("token payload is not JSON: "), message("not json"));
  }

  private static String message(String payload) {
    return assertThrows(
            IllegalArgumentException.class, () -> TokenPrivileges.fromPayloadJson(payload))
        .getMessage();
  }

  private static void assertMessage(String payload, String expected) {
    assertEquals(expected, message(payload));
  }

  @Test
  void longValuesAreShortenedInMessages() {
    char[] room = new char[500];
    Arrays.fill(room, 'r');
    String m = message("{\"privilege\":{\"1\":\"" + new String(room) + "\"}}");
    assertTrue(m.length() < 150 && m.endsWith("…"), m);
  }
}
