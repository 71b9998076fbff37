package io.earshot.engine;

import java.nio.charset.StandardCharsets;

/**
 * The identifier formats of contract §6.1, checked in the contract's order: null/empty, then length
 * (UTF-8 bytes), then characters. Each check returns 0 or the contract's code. Used by the client
 * before anything goes on the wire and again by the server, which trusts nothing.
 */
public final class IdentifierRules {
  private static final String ID_PUNCTUATION = "~!@#$%^&*()_+=-`;',.<>\\";

  private IdentifierRules() {}

  public static int roomId(String id) {
    return check(
        id,
        128,
        false,
        ErrorCode.ROOM_ROOMID_NULL,
        ErrorCode.ROOM_ROOMID_TOO_LONG,
        ErrorCode.ROOM_ROOMID_INVALID_CHARACTER);
  }

  public static int userId(String id) {
    return check(
        id,
        64,
        false,
        ErrorCode.ROOM_USER_ID_NULL,
        ErrorCode.ROOM_USER_ID_TOO_LONG,
        ErrorCode.ROOM_USER_ID_INVALID_CHARACTER);
  }

  public static int userName(String name) {
    return check(
        name,
        256,
        true,
        ErrorCode.ROOM_USER_NAME_NULL,
        ErrorCode.ROOM_USER_NAME_TOO_LONG,
        ErrorCode.ROOM_USER_NAME_INVALID_CHARACTER);
  }

  public static int streamId(String id) {
    if (id == null || id.isEmpty()) {
      return ErrorCode.COMMON_STREAM_ID_NULL;
    }
    if (id.getBytes(StandardCharsets.UTF_8).length >= 256) {
      return ErrorCode.COMMON_STREAM_ID_TOO_LONG;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(isAsciiAlnum(c) || c == '_' || c == '-')) {
        return ErrorCode.COMMON_STREAM_ID_INVALID_CHARACTER;
      }
    }
    return ErrorCode.SUCCESS;
  }

  /** The first non-zero code among the user's ID and name, or 0. */
  public static int user(String id, String name) {
    int code = userId(id);
    return code != 0 ? code : userName(name);
  }

  private static int check(
      String id,
      int rejectAtBytes,
      boolean allowSlash,
      int nullCode,
      int lengthCode,
      int charCode) {
    if (id == null || id.isEmpty()) {
      return nullCode;
    }
    if (id.getBytes(StandardCharsets.UTF_8).length >= rejectAtBytes) {
      return lengthCode;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(isAsciiAlnum(c) || ID_PUNCTUATION.indexOf(c) >= 0 || (allowSlash && c == '/'))) {
        return charCode;
      }
    }
    return ErrorCode.SUCCESS;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
