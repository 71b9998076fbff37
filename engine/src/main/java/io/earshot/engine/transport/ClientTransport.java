package io.earshot.engine.transport;

/**
 * How a client engine reaches the server: a signaling connection (a reliable, ordered message
 * stream) and a media socket (unreliable datagrams). The real-time implementation uses WebSocket
 * and UDP sockets; the simulated one moves the same bytes in memory. Listener callbacks may arrive
 * on any thread; the engine hands them to its own scheduler.
 */
public interface ClientTransport {
  /** Opens a signaling connection; {@link SignalingListener#onOpen} or {@code onClosed} follows. */
  SignalingConnection openSignaling(SignalingListener listener);

  /** Opens the media socket for datagrams to and from the server's relay. */
  MediaSocket openMedia(MediaListener listener);
}
