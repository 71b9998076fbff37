package io.earshot.netem.proxy;

import io.earshot.netem.RealTimeEmulationScheduler;
import io.earshot.netem.UserLink;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.util.Objects;

/** The checks both relay proxies make before they bind anything. */
final class ProxyPreconditions {

  private ProxyPreconditions() {}

  /**
   * The link must run on {@code loop} in real time (all work of a link on one loop keeps ordering
   * simple), the server address must be resolved, and the caller must not be the loop (starting
   * blocks until the sockets are bound).
   */
  static void check(EventLoop loop, UserLink link, InetSocketAddress server, String proxy) {
    Objects.requireNonNull(loop, "loop");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(server, "server");
    if (!(link.scheduler() instanceof RealTimeEmulationScheduler realTime)
        || realTime.eventLoop() != loop) {
      throw new IllegalArgumentException(
          proxy
              + " for link '"
              + link.linkId()
              + "' needs the link's scheduler to be a RealTimeEmulationScheduler on the"
              + " proxy's event loop "
              + loop
              + ", found "
              + link.scheduler());
    }
    if (server.isUnresolved()) {
      throw new IllegalArgumentException(
          proxy + " needs a resolved server address, found unresolved " + server);
    }
    if (loop.inEventLoop()) {
      throw new IllegalStateException(
          proxy
              + " must be started from outside its event loop"
              + " (it waits for its sockets to bind), found the call on "
              + loop);
    }
  }
}
