package io.earshot.simulator.internal;

import io.earshot.engine.server.EarshotServer;

/** The server and the users' connections to it, in one time mode. */
public interface SimulationNetwork extends AutoCloseable {
  EarshotServer server();

  /**
   * Connects a user through its own emulated link; {@code seed} seeds the link's random streams.
   */
  UserWiring connect(String userName, long seed);

  @Override
  void close();
}
