package io.earshot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierRulesTest {
  /** The contract §6.1 punctuation allowed in roomID, userID and userName. */
  private static final String PUNCTUATION = "~!@#$%^&*()_+=-`;',.<>\\";

  private static final String ALNUM = "ABCXYZabcxyz0189";

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  // ---- roomID ----

  @Test
  void roomIdEmptyOrNull() {
    assertEquals(ErrorCode.ROOM_ROOMID_NULL, IdentifierRules.roomId(null));
    assertEquals(ErrorCode.ROOM_ROOMID_NULL, IdentifierRules.roomId(""));
  }

  @Test
  void roomIdLengthBoundary() {
    assertEquals(0, IdentifierRules.roomId("r"));
    assertEquals(0, IdentifierRules.roomId("r".repeat(127)));
    assertEquals(ErrorCode.ROOM_ROOMID_TOO_LONG, IdentifierRules.roomId("r".repeat(128)));
    assertEquals(ErrorCode.ROOM_ROOMID_TOO_LONG, IdentifierRules.roomId("r".repeat(1000)));
  }

  @Test
  void roomIdLengthCountsUtf8Bytes() {
    String twoByte = "é".repeat(64); // 64 chars, 128 bytes
    assertEquals(128, bytes(twoByte));
    assertEquals(ErrorCode.ROOM_ROOMID_TOO_LONG, IdentifierRules.roomId(twoByte));
    String mixed = "r".repeat(126) + "é"; // 127 chars, 128 bytes
    assertEquals(ErrorCode.ROOM_ROOMID_TOO_LONG, IdentifierRules.roomId(mixed));
    // 126 bytes: short enough, so the character check decides.
    assertEquals(ErrorCode.ROOM_ROOMID_INVALID_CHARACTER, IdentifierRules.roomId("é".repeat(63)));
    String emoji = "\uD83D\uDE00".repeat(32); // 64 chars, 128 bytes
    assertEquals(ErrorCode.ROOM_ROOMID_TOO_LONG, IdentifierRules.roomId(emoji));
  }

  @Test
  void roomIdAcceptsEveryAllowedCharacter() {
    assertEquals(0, IdentifierRules.roomId(PUNCTUATION));
    assertEquals(0, IdentifierRules.roomId(ALNUM));
    for (char c : PUNCTUATION.toCharArray()) {
      assertEquals(0, IdentifierRules.roomId("a" + c + "b"), "'" + c + "'");
    }
    assertEquals(0, IdentifierRules.roomId("it's"), "apostrophe is accepted");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a b",
        " ",
        "a/b",
        "a\"b",
        "a?b",
        "a:b",
        "a{b",
        "a}b",
        "a[b",
        "a]b",
        "a|b",
        "a\tb",
        "a\nb",
        "é",
        "ключ",
        "a\u0000b",
        "a\u00A0b"
      })
  void roomIdRejectsOtherCharacters(String id) {
    assertEquals(ErrorCode.ROOM_ROOMID_INVALID_CHARACTER, IdentifierRules.roomId(id));
  }

  @Test
  void roomIdTooLongWithBadCharactersGivesTheLengthCode() {
    assertEquals(ErrorCode.ROOM_ROOMID_TOO_LONG, IdentifierRules.roomId(" ".repeat(128)));
    assertEquals(ErrorCode.ROOM_ROOMID_TOO_LONG, IdentifierRules.roomId("bad id/".repeat(30)));
  }

  // ---- userID ----

  @Test
  void userIdEmptyOrNull() {
    assertEquals(ErrorCode.ROOM_USER_ID_NULL, IdentifierRules.userId(null));
    assertEquals(ErrorCode.ROOM_USER_ID_NULL, IdentifierRules.userId(""));
  }

  @Test
  void userIdLengthBoundary() {
    assertEquals(0, IdentifierRules.userId("u".repeat(63)));
    assertEquals(ErrorCode.ROOM_USER_ID_TOO_LONG, IdentifierRules.userId("u".repeat(64)));
  }

  @Test
  void userIdLengthCountsUtf8Bytes() {
    assertEquals(
        ErrorCode.ROOM_USER_ID_TOO_LONG, IdentifierRules.userId("é".repeat(32))); // 64 bytes
    assertEquals(
        ErrorCode.ROOM_USER_ID_TOO_LONG,
        IdentifierRules.userId("€".repeat(22))); // 66 bytes, 22 chars
    assertEquals(
        ErrorCode.ROOM_USER_ID_INVALID_CHARACTER,
        IdentifierRules.userId("€".repeat(21))); // 63 bytes
  }

  @Test
  void userIdCharacters() {
    assertEquals(0, IdentifierRules.userId(PUNCTUATION));
    assertEquals(0, IdentifierRules.userId("o'brien"));
    assertEquals(
        ErrorCode.ROOM_USER_ID_INVALID_CHARACTER,
        IdentifierRules.userId("a/b"),
        "'/' only in userName");
    assertEquals(ErrorCode.ROOM_USER_ID_INVALID_CHARACTER, IdentifierRules.userId("a b"));
    assertEquals(ErrorCode.ROOM_USER_ID_INVALID_CHARACTER, IdentifierRules.userId("ü"));
  }

  @Test
  void userIdTooLongWithBadCharactersGivesTheLengthCode() {
    assertEquals(ErrorCode.ROOM_USER_ID_TOO_LONG, IdentifierRules.userId("a b".repeat(22)));
  }

  // ---- userName ----

  @Test
  void userNameEmptyOrNull() {
    assertEquals(ErrorCode.ROOM_USER_NAME_NULL, IdentifierRules.userName(null));
    assertEquals(ErrorCode.ROOM_USER_NAME_NULL, IdentifierRules.userName(""));
  }

  @Test
  void userNameLengthBoundary() {
    assertEquals(0, IdentifierRules.userName("n".repeat(255)));
    assertEquals(ErrorCode.ROOM_USER_NAME_TOO_LONG, IdentifierRules.userName("n".repeat(256)));
    assertEquals(
        ErrorCode.ROOM_USER_NAME_TOO_LONG, IdentifierRules.userName("é".repeat(128))); // 256 bytes
  }

  @Test
  void userNameCharacters() {
    assertEquals(0, IdentifierRules.userName("a/b/c"), "'/' is allowed in userName");
    assertEquals(0, IdentifierRules.userName(PUNCTUATION + "/" + ALNUM));
    assertEquals(0, IdentifierRules.userName("d'artagnan"));
    assertEquals(
        ErrorCode.ROOM_USER_NAME_INVALID_CHARACTER, IdentifierRules.userName("Alice Smith"));
    assertEquals(ErrorCode.ROOM_USER_NAME_INVALID_CHARACTER, IdentifierRules.userName("Zoë"));
    assertEquals(ErrorCode.ROOM_USER_NAME_INVALID_CHARACTER, IdentifierRules.userName("a?b"));
  }

  @Test
  void userNameTooLongWithBadCharactersGivesTheLengthCode() {
    assertEquals(ErrorCode.ROOM_USER_NAME_TOO_LONG, IdentifierRules.userName(" ".repeat(256)));
  }

  // ---- user(id, name) ----

  @Test
  void userChecksTheIdBeforeTheName() {
    assertEquals(0, IdentifierRules.user("alice", "al/ice"));
    assertEquals(ErrorCode.ROOM_USER_ID_NULL, IdentifierRules.user("", ""));
    assertEquals(
        ErrorCode.ROOM_USER_ID_INVALID_CHARACTER, IdentifierRules.user("a b", "x".repeat(300)));
    assertEquals(ErrorCode.ROOM_USER_NAME_NULL, IdentifierRules.user("alice", null));
    assertEquals(ErrorCode.ROOM_USER_NAME_INVALID_CHARACTER, IdentifierRules.user("alice", "a b"));
  }

  // ---- streamID ----

  @Test
  void streamIdEmptyOrNull() {
    assertEquals(ErrorCode.COMMON_STREAM_ID_NULL, IdentifierRules.streamId(null));
    assertEquals(ErrorCode.COMMON_STREAM_ID_NULL, IdentifierRules.streamId(""));
  }

  @Test
  void streamIdLengthBoundary() {
    assertEquals(0, IdentifierRules.streamId("s".repeat(255)));
    assertEquals(ErrorCode.COMMON_STREAM_ID_TOO_LONG, IdentifierRules.streamId("s".repeat(256)));
    assertEquals(ErrorCode.COMMON_STREAM_ID_TOO_LONG, IdentifierRules.streamId("é".repeat(128)));
    assertEquals(
        ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER, IdentifierRules.streamId("é".repeat(127)));
  }

  @Test
  void streamIdCharacters() {
    assertEquals(0, IdentifierRules.streamId(ALNUM + "_-"));
    assertEquals(ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER, IdentifierRules.streamId("bad id!"));
    for (char c : (PUNCTUATION.replace("_", "").replace("-", "") + " /").toCharArray()) {
      assertEquals(
          ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER,
          IdentifierRules.streamId("s" + c),
          "'" + c + "'");
    }
  }

  @Test
  void streamIdTooLongWithBadCharactersGivesTheLengthCode() {
    assertEquals(
        ErrorCode.COMMON_STREAM_ID_TOO_LONG, IdentifierRules.streamId("bad id!".repeat(40)));
  }
}
