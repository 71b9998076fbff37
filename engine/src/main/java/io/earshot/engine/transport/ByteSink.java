package io.earshot.engine.transport;

/**
 * One direction of a byte stream (what a TCP connection carries): chunks in order, then an end.
 * Simulated time puts the signaling WebSocket's bytes on an emulated link through this.
 */
public interface ByteSink {
  /** The next chunk; the receiver owns the array. */
  void write(byte[] chunk);

  /** No more bytes follow (an orderly close, or the connection was reset). */
  void end();
}
