package io.earshot.engine.abuse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.ServerLimits;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/** Servers and waits shared by the abuse tests. */
final class AbuseServers {
  private AbuseServers() {}

  /** A standalone server on 127.0.0.1 with the default limits changed by {@code limits}. */
  static EarshotServer start(UnaryOperator<ServerLimits.Builder> limits) {
    ServerConfig config =
        ServerConfig.builder().limits(limits.apply(ServerLimits.builder()).build()).build();
    return start(config);
  }

  static EarshotServer start(ServerConfig config) {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    return EarshotServer.startOnSockets(config, any, any);
  }

  /** A server counter (0 if it never counted). */
  static long counter(EarshotServer server, String name) {
    return server.counters().getOrDefault(name, 0L);
  }

  /** Waits until {@code value} reaches at least {@code atLeast}; fails after the timeout. */
  static long awaitAtLeast(String what, LongSupplier value, long atLeast, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    Object monitor = new Object();
    long v;
    while ((v = value.getAsLong()) < atLeast && System.nanoTime() < deadline) {
      synchronized (monitor) {
        monitor.wait(10);
      }
    }
    assertTrue(v >= atLeast, what + " reached " + v + ", expected at least " + atLeast);
    return v;
  }

  /** Waits until the server's counter {@code name} reaches at least {@code atLeast}. */
  static long awaitCounter(EarshotServer server, String name, long atLeast, long timeoutMillis)
      throws InterruptedException {
    return awaitAtLeast(name, () -> counter(server, name), atLeast, timeoutMillis);
  }
}
