package io.earshot.engine.internal.signaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earshot.engine.internal.signaling.SignalingMessage.*;
import java.nio.charset.StandardCharsets;

/**
 * Turns {@link SignalingMessage}s into JSON text and back. Decoding trusts nothing: every field is
 * checked for presence and type, and anything else is a {@link ProtocolException} naming what was
 * expected. Unknown fields are ignored so that newer peers can add some.
 */
public final class SignalingCodec {
  /** Largest message accepted, in UTF-8 bytes (docs/protocol.md). */
  public static final int MAX_MESSAGE_BYTES = 64 * 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private SignalingCodec() {}

  public static String encode(SignalingMessage message) {
    ObjectNode node = MAPPER.createObjectNode();
    MessageType<?> type = MessageTypes.of(message);
    node.put("type", type.wireName());
    type.writeFields(message, node);
    return node.toString();
  }

  public static SignalingMessage decode(String text) throws ProtocolException {
    if (text == null || text.isEmpty()) {
      throw new ProtocolException("expected a JSON object, found an empty message");
    }
    // A char is at most 3 UTF-8 bytes here, so the byte count is needed only for long messages.
    if (text.length() > MAX_MESSAGE_BYTES / 3) {
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
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
    JsonFields f = new JsonFields(node, "message");
    String type = f.string("type");
    MessageType<?> row = MessageTypes.named(type);
    if (row == null) {
      throw new ProtocolException("unknown message type '" + JsonFields.abbreviate(type) + "'");
    }
    return row.reader().read(f);
  }
}
