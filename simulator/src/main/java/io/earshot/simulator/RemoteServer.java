package io.earshot.simulator;

import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.OptionalInt;

/**
 * A reference server that runs elsewhere ({@code earshot server --for-load-runs}), for real-time
 * runs whose users come from several processes or machines: its signaling address and its media
 * port. Users log in with the harness's default app, which such a server accepts.
 *
 * @param signaling the WebSocket address
 * @param media the UDP media address
 */
public record RemoteServer(URI signaling, InetSocketAddress media) {
  /**
   * Parses {@code host:port} (the signaling port) and the media port; an {@link
   * IllegalArgumentException} says what was expected.
   */
  public static RemoteServer parse(String hostPort, int mediaPort) {
    return parse(hostPort, OptionalInt.of(mediaPort));
  }

  /** As above; without a media port, the media port is the signaling port + 1. */
  public static RemoteServer parse(String hostPort, OptionalInt mediaPortOrNext) {
    int colon = hostPort.lastIndexOf(':');
    String expected =
        "expected the server as host:port (its signaling port), found '" + hostPort + "'";
    if (colon <= 0 || colon == hostPort.length() - 1) {
      throw new IllegalArgumentException(expected);
    }
    String host = hostPort.substring(0, colon);
    int port;
    try {
      port = Integer.parseInt(hostPort.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(expected);
    }
    checkPort(port, "signaling");
    int mediaPort = mediaPortOrNext.orElse(port + 1);
    checkPort(mediaPort, "media");
    return new RemoteServer(
        URI.create("ws://" + host + ":" + port + EarshotServer.SIGNALING_PATH),
        new InetSocketAddress(host, mediaPort));
  }

  /**
   * What a server must accept for load runs to reach it: the harness's default app, and per-address
   * budgets raised to what crowds need (every user of a load process comes from one address).
   */
  public static ServerConfig.Builder acceptLoadRuns(ServerConfig.Builder config) {
    return config.app(AppConfig.DEFAULT).limits(ServerHost.HARNESS_LIMITS);
  }

  private static void checkPort(int port, String what) {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException(
          "expected a " + what + " port from 1 to 65535, found " + port);
    }
  }
}
