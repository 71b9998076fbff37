package io.earshot.engine.internal.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for {@link SignalingCodec#decode}, which reads every message a peer sends: any text
 * either decodes or throws {@link ProtocolException}, never anything else. Round trip: a decoded
 * message re-encodes to text that decodes to an equal message, and that text is canonical (it
 * encodes to itself again). The input bytes are read as UTF-8, so seeds are plain JSON files in
 * {@code SignalingCodecJazzerTestInputs/decode/}.
 */
class SignalingCodecJazzerTest {

  @FuzzTest
  void decode(byte[] input) throws ProtocolException {
    String text = new String(input, StandardCharsets.UTF_8);
    SignalingMessage message;
    try {
      message = SignalingCodec.decode(text);
    } catch (ProtocolException expected) {
      assertNotNull(expected.getMessage());
      return;
    }
    assertNotNull(MessageTypes.of(message), "every decoded message has a row in the table");
    String encoded = SignalingCodec.encode(message);
    SignalingMessage again = SignalingCodec.decode(encoded);
    assertEquals(message, again, "decode(encode(decode(x))) == decode(x)");
    assertEquals(encoded, SignalingCodec.encode(again), "the encoding is canonical");
  }
}
