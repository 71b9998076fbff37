package io.earshot.simulator;

import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.ServerLimits;
import io.earshot.simulator.internal.RealTimeNetwork;
import io.earshot.simulator.internal.SimulatedNetwork;
import io.earshot.simulator.internal.SimulationNetwork;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The scenario's reference server and the network that reaches it: started on first need, taken
 * down and brought back (with a fresh seed per restart), reconfigured while it runs.
 */
final class ServerHost implements AutoCloseable {
  /**
   * The embedded server's limits: in real time every virtual user reaches it from 127.0.0.1, so the
   * per-address budgets (meant for strangers on a network) are raised to what crowds need.
   */
  static final ServerLimits HARNESS_LIMITS =
      ServerLimits.builder()
          .set("loginsPerAddressPerSecond", 1_000_000)
          .set("roomsPerAddressPerSecond", 1_000_000)
          .build();

  private final long seed;
  private final VirtualScheduler virtualScheduler;
  private final SimulatedNetwork.PacketObserver observer;
  private ServerConfig config;
  private SimulationNetwork network;
  private int restarts;
  private RemoteServer remote;

  /** {@code virtualScheduler} is null in real time. */
  ServerHost(
      long seed, VirtualScheduler virtualScheduler, SimulatedNetwork.PacketObserver observer) {
    this.seed = seed;
    this.virtualScheduler = virtualScheduler;
    this.observer = observer;
    this.config =
        ServerConfig.builder()
            .seed(SeededRandom.derive(seed, "server"))
            .limits(HARNESS_LIMITS)
            .build();
  }

  /** Changes the configuration; a running server applies it to logins and rooms from now on. */
  void configure(UnaryOperator<ServerConfig.Builder> change) {
    config = change.apply(config.toBuilder()).build();
    if (network != null && !network.serverDown() && remote == null) {
      network.server().reconfigure(config);
    }
  }

  ServerConfig config() {
    return config;
  }

  /** The network with the server on it, started now if it was not (idempotent). */
  SimulationNetwork network() {
    if (network == null) {
      network =
          virtualScheduler != null
              ? new SimulatedNetwork(config, virtualScheduler, observer)
              : remote != null
                  ? new RealTimeNetwork(remote.signaling(), remote.media())
                  : new RealTimeNetwork(config);
    }
    return network;
  }

  /** Users will reach {@code server} instead of an embedded one (real time, before any user). */
  void useRemote(RemoteServer server) {
    if (virtualScheduler != null || network != null) {
      throw new IllegalStateException(
          "a server elsewhere needs real time and must be chosen before the first user");
    }
    this.remote = server;
  }

  boolean running() {
    return network != null;
  }

  /**
   * The server stops (starting it first if need be): every connection ends and its state is lost;
   * until {@link #comesBack()} connections are refused and datagrams to it lost.
   */
  void goesDown() {
    network().serverGoesDown();
  }

  /**
   * A new server with the scenario's configuration and empty state takes the old one's addresses;
   * its seed derives from the scenario's and the number of restarts, so its nonces differ.
   */
  void comesBack() {
    restarts++;
    long restartSeed = SeededRandom.derive(seed, "server", "restart " + restarts);
    network().serverComesBack(config.toBuilder().seed(restartSeed).build());
  }

  boolean down() {
    return network != null && network.serverDown();
  }

  /** The server's counters (refused messages, relayed packets), for reports. */
  Map<String, Long> counters() {
    return network == null || remote != null ? Map.of() : network.server().counters();
  }

  @Override
  public void close() {
    if (network != null) {
      network.close();
      network = null;
    }
  }
}
