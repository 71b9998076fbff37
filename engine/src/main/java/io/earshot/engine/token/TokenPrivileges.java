package io.earshot.engine.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a token allows (contract §8.4), read from its privilege payload {@code {"room_id": "...",
 * "privilege": {"1": 1, "2": 0}, "stream_id_list": [...]}}.
 *
 * @param roomId the only room the token may log in to; {@code ""} = any room
 * @param canLogin privilege {@code "1"}
 * @param canPublish privilege {@code "2"}; playing is never restricted
 * @param streamIdList the only stream IDs the user may publish; empty = any
 */
public record TokenPrivileges(
    String roomId, boolean canLogin, boolean canPublish, List<String> streamIdList) {
  /** A token without payload: any room, login and publish allowed, any stream. */
  public static final TokenPrivileges UNRESTRICTED = new TokenPrivileges("", true, true, List.of());

  static final String ROOM_ID = "room_id";
  static final String PRIVILEGE = "privilege";
  static final String STREAM_ID_LIST = "stream_id_list";
  static final String LOGIN_KEY = "1";
  static final String PUBLISH_KEY = "2";

  /**
   * {@code null} room ID means any room; {@code null} list means any stream. The list is copied.
   */
  public TokenPrivileges {
    roomId = roomId == null ? "" : roomId;
    streamIdList = streamIdList == null ? List.of() : List.copyOf(streamIdList);
  }

  /** Whether this token may log in to {@code loginRoomId} as far as the room restriction goes. */
  public boolean allowsRoom(String loginRoomId) {
    return roomId.isEmpty() || roomId.equals(loginRoomId);
  }

  /** Whether {@code streamId} passes the stream list (the publish privilege is separate). */
  public boolean allowsStream(String streamId) {
    return streamIdList.isEmpty() || (streamId != null && streamIdList.contains(streamId));
  }

  /**
   * The payload JSON, as the vendor samples write it: both privilege keys always present, and an
   * empty stream list written as {@code null}.
   */
  public String toPayloadJson() {
    ObjectNode root = TokenJson.MAPPER.createObjectNode();
    root.put(ROOM_ID, roomId);
    root.putObject(PRIVILEGE).put(LOGIN_KEY, canLogin ? 1 : 0).put(PUBLISH_KEY, canPublish ? 1 : 0);
    if (streamIdList.isEmpty()) {
      root.putNull(STREAM_ID_LIST);
    } else {
      ArrayNode list = root.putArray(STREAM_ID_LIST);
      streamIdList.forEach(list::add);
    }
    try {
      return TokenJson.MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  /**
   * Reads a privilege payload. {@code null} or {@code ""} is a basic token ({@link #UNRESTRICTED}).
   * Unknown fields and unknown privilege keys are ignored; a missing or {@code null} field or key
   * means "no restriction".
   *
   * @throws IllegalArgumentException if the text is not a JSON object, or a known field has the
   *     wrong type: {@code room_id} not a string, {@code privilege} not an object, a privilege
   *     value other than the integers 0 and 1, {@code stream_id_list} not an array of strings
   */
  public static TokenPrivileges fromPayloadJson(String payload) {
    if (payload == null || payload.isEmpty()) {
      return UNRESTRICTED;
    }
    ObjectNode root = TokenJson.parseObject(payload, "token payload");
    JsonNode room = root.get(ROOM_ID);
    if (room != null && !room.isNull() && !room.isTextual()) {
      throw new IllegalArgumentException(
          "payload room_id must be a string, found " + TokenJson.describe(room));
    }
    boolean login = true;
    boolean publish = true;
    JsonNode privilege = root.get(PRIVILEGE);
    if (privilege != null && !privilege.isNull()) {
      if (!privilege.isObject()) {
        throw new IllegalArgumentException(
            "payload privilege must be an object like {\"1\": 1, \"2\": 0}, found "
                + TokenJson.describe(privilege));
      }
      login = flag(privilege, LOGIN_KEY);
      publish = flag(privilege, PUBLISH_KEY);
    }
    return new TokenPrivileges(
        room == null || room.isNull() ? "" : room.textValue(),
        login,
        publish,
        streamIds(root.get(STREAM_ID_LIST)));
  }

  private static boolean flag(JsonNode privilege, String key) {
    JsonNode value = privilege.get(key);
    if (value == null || value.isNull()) {
      return true;
    }
    if (value.isIntegralNumber()
        && value.canConvertToInt()
        && (value.intValue() == 0 || value.intValue() == 1)) {
      return value.intValue() == 1;
    }
    throw new IllegalArgumentException(
        "payload privilege \""
            + key
            + "\" must be 1 (allowed) or 0 (denied), found "
            + TokenJson.describe(value));
  }

  private static List<String> streamIds(JsonNode list) {
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException(
          "payload stream_id_list must be an array of strings or null, found "
              + TokenJson.describe(list));
    }
    List<String> ids = new ArrayList<>(list.size());
    for (JsonNode id : list) {
      if (!id.isTextual()) {
        throw new IllegalArgumentException(
            "payload stream_id_list must hold only strings, found " + TokenJson.describe(id));
      }
      ids.add(id.textValue());
    }
    return ids;
  }
}
