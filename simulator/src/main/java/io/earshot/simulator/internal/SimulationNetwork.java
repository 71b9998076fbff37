package io.earshot.simulator.internal;

import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;

/** The server and the users' connections to it, in one time mode. */
public interface SimulationNetwork extends AutoCloseable {
  /** The server in place (while it is down, the one that went down). */
  EarshotServer server();

  /**
   * Connects a user through its own emulated link; {@code seed} seeds the link's random streams.
   */
  UserWiring connect(String userName, long seed);

  /**
   * The server stops: every signaling connection ends (both ends see it), its in-memory state
   * (rooms, sessions, streams) is lost; until {@link #serverComesBack}, new connections are refused
   * and datagrams sent to it are lost. No effect if it is already down.
   */
  void serverGoesDown();

  /**
   * A new server with {@code config} and empty state starts on the same addresses.
   *
   * @throws IllegalStateException if the server is not down
   */
  void serverComesBack(ServerConfig config);

  /** Whether the server is down. */
  boolean serverDown();

  @Override
  void close();
}
