package io.earshot.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Frames signaling messages on an emulated byte stream in simulated time: a 4-byte big-endian
 * length, then the UTF-8 text (the in-memory stand-in for WebSocket framing). The reader copes with
 * any chunking.
 */
final class MessageFramer {
  static final int MAX_MESSAGE_BYTES = 64 * 1024;

  private final Consumer<String> onMessage;
  private final Runnable onViolation;
  private ByteArrayOutputStream pending = new ByteArrayOutputStream();

  /**
   * @param onViolation called when a frame is larger than the protocol allows (the connection
   *     closes)
   */
  MessageFramer(Consumer<String> onMessage, Runnable onViolation) {
    this.onMessage = onMessage;
    this.onViolation = onViolation;
  }

  static byte[] frame(String message) {
    byte[] text = message.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(4 + text.length).putInt(text.length).put(text).array();
  }

  void onData(byte[] chunk) {
    pending.writeBytes(chunk);
    byte[] all = pending.toByteArray();
    int offset = 0;
    while (all.length - offset >= 4) {
      int length = ByteBuffer.wrap(all, offset, 4).getInt();
      if (length < 0 || length > MAX_MESSAGE_BYTES) {
        onViolation.run();
        pending = new ByteArrayOutputStream();
        return;
      }
      if (all.length - offset - 4 < length) {
        break;
      }
      onMessage.accept(new String(all, offset + 4, length, StandardCharsets.UTF_8));
      offset += 4 + length;
    }
    pending = new ByteArrayOutputStream();
    pending.write(all, offset, all.length - offset);
  }
}
