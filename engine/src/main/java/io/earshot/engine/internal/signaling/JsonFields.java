package io.earshot.engine.internal.signaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.earshot.engine.internal.signaling.SignalingMessage.DeleteReason;
import io.earshot.engine.internal.signaling.SignalingMessage.WireStream;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, checked access to the fields of one JSON object: a missing field or one of the wrong type
 * is a {@link ProtocolException} that names the field, what was expected and what was found.
 */
public final class JsonFields {
  private final JsonNode node;
  private final String where;

  JsonFields(JsonNode node, String where) {
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

  public String string(String name) throws ProtocolException {
    JsonNode v = field(name);
    if (!v.isTextual()) {
      throw wrong(name, "a string", v);
    }
    return v.textValue();
  }

  /** Lower-case hex digits, at most 128 characters; absent means none (older peers). */
  public String hex(String name) throws ProtocolException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual() || v.textValue().length() > 128 || !v.textValue().matches("[0-9a-f]*")) {
      throw wrong(name, "lower-case hex digits (at most 128)", v);
    }
    return v.textValue();
  }

  public boolean bool(String name) throws ProtocolException {
    JsonNode v = field(name);
    if (!v.isBoolean()) {
      throw wrong(name, "true or false", v);
    }
    return v.booleanValue();
  }

  /** A boolean that older peers may leave out (false then); present, it must be a boolean. */
  public boolean optionalBool(String name) throws ProtocolException {
    JsonNode v = node.get(name);
    return v != null && !v.isNull() && bool(name);
  }

  public int nonNegative(String name) throws ProtocolException {
    JsonNode v = field(name);
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
      throw wrong(name, "an integer in [0, 2147483647]", v);
    }
    return v.intValue();
  }

  public int integer(String name) throws ProtocolException {
    JsonNode v = field(name);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw wrong(name, "a 32-bit integer", v);
    }
    return v.intValue();
  }

  public long uint32(String name) throws ProtocolException {
    JsonNode v = field(name);
    if (!v.isIntegralNumber()
        || !v.canConvertToLong()
        || v.longValue() < 0
        || v.longValue() > 0xFFFF_FFFFL) {
      throw wrong(name, "an integer in [0, 4294967295]", v);
    }
    return v.longValue();
  }

  /** An unsigned 32-bit integer that older peers may leave out (0 then). */
  public long optionalUint32(String name) throws ProtocolException {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? 0 : uint32(name);
  }

  public long seq() throws ProtocolException {
    JsonNode v = field("seq");
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
      throw wrong("seq", "a non-negative integer", v);
    }
    return v.longValue();
  }

  public String updateType() throws ProtocolException {
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

  public WireUser user(String name) throws ProtocolException {
    return userAt(object(name), path(name));
  }

  public List<WireUser> users(String name) throws ProtocolException {
    ArrayNode array = array(name);
    List<WireUser> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String at = name + "[" + i + "]";
      out.add(userAt(requireObject(array.get(i), at), at));
    }
    return out;
  }

  public List<WireStream> streams(String name) throws ProtocolException {
    ArrayNode array = array(name);
    List<WireStream> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String at = name + "[" + i + "]";
      JsonFields f = new JsonFields(requireObject(array.get(i), at), at);
      out.add(
          new WireStream(
              f.string("streamId"), userAt(f.object("user"), at + ".user"), f.string("extraInfo")));
    }
    return out;
  }

  public List<DeleteReason> reasons(String name) throws ProtocolException {
    ArrayNode array = array(name);
    List<DeleteReason> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String at = name + "[" + i + "]";
      JsonFields f = new JsonFields(requireObject(array.get(i), at), at);
      out.add(new DeleteReason(f.string("stream_id"), f.integer("code")));
    }
    return out;
  }

  private String path(String name) {
    return where.equals("message") ? name : where + "." + name;
  }

  private static WireUser userAt(JsonNode node, String where) throws ProtocolException {
    JsonFields f = new JsonFields(node, where);
    return new WireUser(f.string("id"), f.string("name"));
  }

  private JsonNode object(String name) throws ProtocolException {
    JsonNode v = field(name);
    if (!v.isObject()) {
      throw wrong(name, "an object", v);
    }
    return v;
  }

  private ArrayNode array(String name) throws ProtocolException {
    JsonNode v = field(name);
    if (!v.isArray()) {
      throw wrong(name, "an array", v);
    }
    return (ArrayNode) v;
  }

  private static JsonNode requireObject(JsonNode node, String where) throws ProtocolException {
    if (!node.isObject()) {
      throw new ProtocolException(
          "expected '" + where + "' to be an object, found " + node.getNodeType());
    }
    return node;
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
