package io.earshot.engine.internal.signaling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earshot.engine.internal.signaling.SignalingMessage.DeleteReason;
import io.earshot.engine.internal.signaling.SignalingMessage.WireStream;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import java.util.List;

/** Writes the protocol's nested values (users, streams, delete reasons) into JSON objects. */
final class JsonWriting {
  private JsonWriting() {}

  static void user(ObjectNode parent, String name, WireUser user) {
    parent.putObject(name).put("id", user.id()).put("name", user.name());
  }

  static void users(ObjectNode parent, String name, List<WireUser> users) {
    ArrayNode array = parent.putArray(name);
    users.forEach(u -> array.addObject().put("id", u.id()).put("name", u.name()));
  }

  static void streams(ObjectNode parent, String name, List<WireStream> streams) {
    ArrayNode array = parent.putArray(name);
    for (WireStream s : streams) {
      ObjectNode node = array.addObject().put("streamId", s.streamId());
      node.put("extraInfo", s.extraInfo());
      user(node, "user", s.user());
    }
  }

  static void reasons(ObjectNode parent, String name, List<DeleteReason> reasons) {
    ArrayNode array = parent.putArray(name);
    reasons.forEach(r -> array.addObject().put("stream_id", r.streamId()).put("code", r.code()));
  }
}
