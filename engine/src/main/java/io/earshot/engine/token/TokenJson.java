package io.earshot.engine.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON reader for token plaintexts and payloads. Strict where laxness would let two readers
 * disagree about one token: a repeated key or text after the value is not JSON here.
 */
final class TokenJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final int SHOWN_CHARS = 40;

  private TokenJson() {}

  /**
   * Parses {@code text} as one JSON object.
   *
   * @param what names the text in the message, e.g. "token payload"
   * @throws IllegalArgumentException saying it is not JSON, or which kind of value it is instead
   */
  static ObjectNode parseObject(String text, String what) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is not JSON: " + e.getOriginalMessage());
    } catch (RuntimeException e) {
      // Jackson reports a few constraint violations unchecked; to a verifier they are still "not
      // JSON".
      throw new IllegalArgumentException(what + " is not JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(what + " must be a JSON object, found " + describe(node));
    }
    return (ObjectNode) node;
  }

  /**
   * A short description of a value for messages: its kind and, for scalars, the start of its text.
   */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isContainerNode()) {
      return node.isArray() ? "an array" : "an object";
    }
    String text = node.toString();
    String shown = text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
    return (node.isTextual() ? "the string " : node.isNumber() ? "the number " : "") + shown;
  }
}
