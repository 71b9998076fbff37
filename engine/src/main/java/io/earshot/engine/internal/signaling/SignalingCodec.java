package io.earshot.engine.internal.signaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earshot.engine.internal.signaling.SignalingMessage.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@link SignalingMessage}s into JSON text and back. Decoding trusts nothing: every field is
 * checked for presence and type, and anything else is a {@link ProtocolException} naming what was
 * expected. Unknown fields are ignored so that newer peers can add some.
 */
public final class SignalingCodec {
  /** Largest message accepted, in UTF-8 bytes (docs/protocol.md). */
  public static final int MAX_MESSAGE_BYTES = 64 * 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private SignalingCodec() {}

  public static String encode(SignalingMessage message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", message.type());
    if (message instanceof Login m) {
      node.put("seq", m.seq()).put("appId", m.appId()).put("roomId", m.roomId());
      node.set("user", user(m.user()));
      node.put("maxMemberCount", m.maxMemberCount()).put("userStatusNotify", m.userStatusNotify());
      node.put("token", m.token()).put("proof", m.proof());
    } else if (message instanceof Logout m) {
      node.put("seq", m.seq());
    } else if (message instanceof Heartbeat m) {
      node.put("seq", m.seq());
    } else if (message instanceof Publish m) {
      node.put("seq", m.seq())
          .put("streamId", m.streamId())
          .put("ssrc", m.ssrc())
          .put("muted", m.muted());
    } else if (message instanceof StopPublish m) {
      node.put("seq", m.seq()).put("streamId", m.streamId());
    } else if (message instanceof Play m) {
      node.put("seq", m.seq()).put("streamId", m.streamId()).put("muted", m.muted());
    } else if (message instanceof StopPlay m) {
      node.put("seq", m.seq()).put("streamId", m.streamId());
    } else if (message instanceof StreamAudioState m) {
      node.put("seq", m.seq()).put("streamId", m.streamId()).put("muted", m.muted());
    } else if (message instanceof PlayAudioState m) {
      node.put("seq", m.seq()).put("streamId", m.streamId()).put("muted", m.muted());
    } else if (message instanceof Hello m) {
      node.put("nonce", m.nonce());
    } else if (message instanceof LoginResult m) {
      node.put("seq", m.seq()).put("code", m.code()).put("roomSessionId", m.roomSessionId());
      node.put("mediaToken", m.mediaToken());
      ArrayNode users = node.putArray("users");
      m.users().forEach(u -> users.add(user(u)));
      ArrayNode streams = node.putArray("streams");
      m.streams().forEach(s -> streams.add(stream(s)));
    } else if (message instanceof LogoutResult m) {
      node.put("seq", m.seq());
    } else if (message instanceof HeartbeatAck m) {
      node.put("seq", m.seq());
    } else if (message instanceof PublishResult m) {
      node.put("seq", m.seq()).put("streamId", m.streamId()).put("code", m.code());
    } else if (message instanceof PlayResult m) {
      node.put("seq", m.seq()).put("streamId", m.streamId()).put("code", m.code());
    } else if (message instanceof StreamAvailable m) {
      node.put("streamId", m.streamId()).put("ssrc", m.ssrc()).put("muted", m.muted());
    } else if (message instanceof RemoteMicState m) {
      node.put("streamId", m.streamId()).put("muted", m.muted());
    } else if (message instanceof RoomUserCount m) {
      node.put("count", m.count());
    } else if (message instanceof UserUpdate m) {
      node.put("updateType", m.updateType());
      ArrayNode users = node.putArray("users");
      m.users().forEach(u -> users.add(user(u)));
    } else if (message instanceof StreamUpdate m) {
      node.put("updateType", m.updateType());
      ArrayNode streams = node.putArray("streams");
      m.streams().forEach(s -> streams.add(stream(s)));
      ArrayNode reasons = node.putArray("reasons");
      m.reasons()
          .forEach(r -> reasons.addObject().put("stream_id", r.streamId()).put("code", r.code()));
    } else if (message instanceof RenewToken m) {
      node.put("seq", m.seq()).put("token", m.token());
    } else if (message instanceof RenewTokenResult m) {
      node.put("seq", m.seq()).put("code", m.code());
    } else if (message instanceof TokenWillExpire m) {
      node.put("remainSeconds", m.remainSeconds());
    } else if (message instanceof KickOut m) {
      node.put("code", m.code());
    } else if (message instanceof SignalingMessage.Error m) {
      node.put("seq", m.seq()).put("code", m.code()).put("message", m.message());
    }
    return node.toString();
  }

  public static SignalingMessage decode(String text) throws ProtocolException {
    if (text == null || text.isEmpty()) {
      throw new ProtocolException("expected a JSON object, found an empty message");
    }
    // A char is at most 3 UTF-8 bytes here, so the byte count is needed only for long messages.
    if (text.length() > MAX_MESSAGE_BYTES / 3) {
      int bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes > MAX_MESSAGE_BYTES) {
        throw new ProtocolException(
            "message of " + bytes + " bytes exceeds the limit of " + MAX_MESSAGE_BYTES + " bytes");
      }
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ProtocolException(
          "expected a JSON object, found invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new ProtocolException(
          "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
    }
    Fields f = new Fields(node);
    String type = f.string("type");
    return switch (type) {
      case "login" ->
          new Login(
              f.seq(),
              f.uint32("appId"),
              f.string("roomId"),
              user(f.object("user"), "user"),
              f.integer("maxMemberCount"),
              f.bool("userStatusNotify"),
              f.string("token"),
              f.string("proof"));
      case "logout" -> new Logout(f.seq());
      case "heartbeat" -> new Heartbeat(f.seq());
      case "publish" ->
          new Publish(f.seq(), f.string("streamId"), f.uint32("ssrc"), f.optionalBool("muted"));
      case "stop_publish" -> new StopPublish(f.seq(), f.string("streamId"));
      case "play" -> new Play(f.seq(), f.string("streamId"), f.optionalBool("muted"));
      case "stop_play" -> new StopPlay(f.seq(), f.string("streamId"));
      case "stream_audio_state" ->
          new StreamAudioState(f.seq(), f.string("streamId"), f.bool("muted"));
      case "play_audio_state" -> new PlayAudioState(f.seq(), f.string("streamId"), f.bool("muted"));
      case "hello" -> new Hello(f.string("nonce"));
      case "login_result" ->
          new LoginResult(
              f.seq(),
              f.integer("code"),
              f.string("roomSessionId"),
              f.uint32("mediaToken"),
              users(f.array("users")),
              streams(f.array("streams")));
      case "logout_result" -> new LogoutResult(f.seq());
      case "heartbeat_ack" -> new HeartbeatAck(f.seq());
      case "publish_result" -> new PublishResult(f.seq(), f.string("streamId"), f.integer("code"));
      case "play_result" -> new PlayResult(f.seq(), f.string("streamId"), f.integer("code"));
      case "stream_available" ->
          new StreamAvailable(f.string("streamId"), f.uint32("ssrc"), f.optionalBool("muted"));
      case "remote_mic_state" -> new RemoteMicState(f.string("streamId"), f.bool("muted"));
      case "room_user_count" -> new RoomUserCount(f.nonNegative("count"));
      case "user_update" -> new UserUpdate(f.updateType(), users(f.array("users")));
      case "stream_update" ->
          new StreamUpdate(
              f.updateType(), streams(f.array("streams")), reasons(f.array("reasons")));
      case "renew_token" -> new RenewToken(f.seq(), f.string("token"));
      case "renew_token_result" -> new RenewTokenResult(f.seq(), f.integer("code"));
      case "token_will_expire" -> new TokenWillExpire(f.integer("remainSeconds"));
      case "kick_out" -> new KickOut(f.integer("code"));
      case "error" -> new SignalingMessage.Error(f.seq(), f.integer("code"), f.string("message"));
      default -> throw new ProtocolException("unknown message type '" + type + "'");
    };
  }

  private static ObjectNode user(WireUser u) {
    return MAPPER.createObjectNode().put("id", u.id()).put("name", u.name());
  }

  private static ObjectNode stream(WireStream s) {
    ObjectNode node =
        MAPPER.createObjectNode().put("streamId", s.streamId()).put("extraInfo", s.extraInfo());
    node.set("user", user(s.user()));
    return node;
  }

  private static WireUser user(JsonNode node, String where) throws ProtocolException {
    Fields f = new Fields(node, where);
    return new WireUser(f.string("id"), f.string("name"));
  }

  private static List<WireUser> users(ArrayNode array) throws ProtocolException {
    List<WireUser> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(user(requireObject(array.get(i), "users[" + i + "]"), "users[" + i + "]"));
    }
    return out;
  }

  private static List<WireStream> streams(ArrayNode array) throws ProtocolException {
    List<WireStream> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String where = "streams[" + i + "]";
      Fields f = new Fields(requireObject(array.get(i), where), where);
      out.add(
          new WireStream(
              f.string("streamId"),
              user(f.object("user"), where + ".user"),
              f.string("extraInfo")));
    }
    return out;
  }

  private static List<DeleteReason> reasons(ArrayNode array) throws ProtocolException {
    List<DeleteReason> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String where = "reasons[" + i + "]";
      Fields f = new Fields(requireObject(array.get(i), where), where);
      out.add(new DeleteReason(f.string("stream_id"), f.integer("code")));
    }
    return out;
  }

  private static JsonNode requireObject(JsonNode node, String where) throws ProtocolException {
    if (!node.isObject()) {
      throw new ProtocolException(
          "expected '" + where + "' to be an object, found " + node.getNodeType());
    }
    return node;
  }

  /** Typed, checked access to the fields of one JSON object. */
  private static final class Fields {
    private final JsonNode node;
    private final String where;

    Fields(JsonNode node) {
      this(node, "message");
    }

    Fields(JsonNode node, String where) {
      this.node = node;
      this.where = where;
    }

    private JsonNode field(String name) throws ProtocolException {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        throw new ProtocolException("expected field '" + name + "' in " + where + ", found none");
      }
      return value;
    }

    private ProtocolException wrong(String name, String expected, JsonNode found) {
      return new ProtocolException(
          "expected field '"
              + name
              + "' in "
              + where
              + " to be "
              + expected
              + ", found "
              + abbreviate(found.toString()));
    }

    String string(String name) throws ProtocolException {
      JsonNode v = field(name);
      if (!v.isTextual()) {
        throw wrong(name, "a string", v);
      }
      return v.textValue();
    }

    boolean bool(String name) throws ProtocolException {
      JsonNode v = field(name);
      if (!v.isBoolean()) {
        throw wrong(name, "true or false", v);
      }
      return v.booleanValue();
    }

    /** A boolean that older peers may leave out (false then); present, it must be a boolean. */
    boolean optionalBool(String name) throws ProtocolException {
      JsonNode v = node.get(name);
      return v != null && !v.isNull() && bool(name);
    }

    int nonNegative(String name) throws ProtocolException {
      JsonNode v = field(name);
      if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
        throw wrong(name, "an integer in [0, 2147483647]", v);
      }
      return v.intValue();
    }

    int integer(String name) throws ProtocolException {
      JsonNode v = field(name);
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw wrong(name, "a 32-bit integer", v);
      }
      return v.intValue();
    }

    long uint32(String name) throws ProtocolException {
      JsonNode v = field(name);
      if (!v.isIntegralNumber()
          || !v.canConvertToLong()
          || v.longValue() < 0
          || v.longValue() > 0xFFFF_FFFFL) {
        throw wrong(name, "an integer in [0, 4294967295]", v);
      }
      return v.longValue();
    }

    long seq() throws ProtocolException {
      JsonNode v = field("seq");
      if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
        throw wrong("seq", "a non-negative integer", v);
      }
      return v.longValue();
    }

    String updateType() throws ProtocolException {
      String t = string("updateType");
      if (!t.equals("ADD") && !t.equals("DELETE")) {
        throw new ProtocolException(
            "expected field 'updateType' in "
                + where
                + " to be ADD or DELETE, found '"
                + abbreviate(t)
                + "'");
      }
      return t;
    }

    JsonNode object(String name) throws ProtocolException {
      JsonNode v = field(name);
      if (!v.isObject()) {
        throw wrong(name, "an object", v);
      }
      return v;
    }

    ArrayNode array(String name) throws ProtocolException {
      JsonNode v = field(name);
      if (!v.isArray()) {
        throw wrong(name, "an array", v);
      }
      return (ArrayNode) v;
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
