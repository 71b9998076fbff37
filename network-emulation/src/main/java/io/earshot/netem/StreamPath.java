package io.earshot.netem;

/**
 * The byte-stream directions of one connection through a user link, as opened by {@link
 * UserLink#openStreamPath}. Each connection gets its own path (and its own random streams, numbered
 * by the order connections were opened). Close it when the connection is gone.
 */
public interface StreamPath extends AutoCloseable {

  /** Client-to-server direction. */
  StreamLink uplink();

  /** Server-to-client direction. */
  StreamLink downlink();

  /** 0 for the link's first connection, 1 for the second, and so on. */
  int ordinal();

  /**
   * Detaches the path from its link: nothing more is delivered, pending bytes are discarded and the
   * path no longer takes part in outages or cuts. Idempotent.
   */
  @Override
  void close();
}
