package io.earshot.simulator.internal;

import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.transport.ClientTransport;
import io.earshot.netem.UserLink;

/**
 * How one user is connected in a time mode: the engine's scheduler, the transport it uses and the
 * emulated link in between. Closing releases whatever the mode opened (proxies, sockets).
 */
public interface UserWiring extends AutoCloseable {
  Scheduler scheduler();

  ClientTransport transport();

  UserLink link();

  @Override
  void close();
}
