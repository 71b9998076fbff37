package io.earshot.netem;

/**
 * One direction of an emulated byte stream (signaling over TCP/WebSocket). Bytes are never lost and
 * never reordered: loss shows as retransmission-like delay, an outage holds the stream until the
 * link comes back.
 *
 * <p>Not thread-safe: call from the link's executor only.
 */
public interface StreamLink {

  /** Which direction this is. */
  Direction direction();

  /**
   * Offers the next chunk of the stream; ownership of the array passes to the link (the caller must
   * not modify it afterwards). Empty chunks are ignored.
   *
   * @throws IllegalStateException if {@link #end()} was called before
   */
  void write(byte[] chunk);

  /** Ends the stream: the sink's {@link StreamSink#onEnd()} runs after the last chunk arrives. */
  void end();

  /** Bytes accepted but not yet delivered (held by an outage or in flight); for backpressure. */
  long pendingBytes();
}
