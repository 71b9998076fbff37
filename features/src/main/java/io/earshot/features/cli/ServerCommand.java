package io.earshot.features.cli;

import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.ServerConfigFile;
import io.earshot.simulator.RemoteServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code earshot server}: the reference server, standalone, until interrupted. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description =
        "Runs the reference server (signaling over WebSocket, media relay over UDP) until Ctrl-C.")
final class ServerCommand implements Callable<Integer> {
  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--signaling-port",
      defaultValue = "0",
      description = "WebSocket port (0 = any free port).")
  int signalingPort;

  @Option(
      names = "--media-port",
      defaultValue = "0",
      description = "UDP media port (0 = any free port).")
  int mediaPort;

  @Option(
      names = "--max-users-per-room",
      defaultValue = "0",
      description = "Room size limit of the generated app (0 = unlimited).")
  int maxUsersPerRoom;

  @Option(
      names = "--config",
      description =
          "YAML file with the server's apps, limits and settings (docs/security.md). Without it"
              + " the server generates an app with a random AppSign and secret and prints them.")
  Path configFile;

  @Option(names = "--require-tokens", description = "Refuse logins without a Token04.")
  boolean requireTokens;

  @Option(
      names = "--for-load-runs",
      description =
          "Also accept the harness's default app and raise the per-address login and room budgets,"
              + " so that earshot load --server can run its users against this server.")
  boolean forLoadRuns;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig.Builder builder;
    try {
      builder = configFile == null ? generatedApp() : ServerConfigFile.load(configFile).toBuilder();
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("earshot server: cannot use the configuration: " + e.getMessage());
      return 2;
    }
    if (requireTokens) {
      builder.requireTokens(true);
    }
    if (forLoadRuns) {
      RemoteServer.acceptLoadRuns(builder);
    }
    ServerConfig config = builder.build();
    EarshotServer server =
        EarshotServer.startOnSockets(
            config,
            new InetSocketAddress(host, signalingPort),
            new InetSocketAddress(host, mediaPort));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    printBanner(server, config);
    stopped.await();
    return 0;
  }

  /**
   * Without a configuration file the server invents its one app: a random app ID, AppSign and
   * server secret, printed once, so no two servers share a published pair.
   */
  private ServerConfig.Builder generatedApp() {
    SecureRandom random = new SecureRandom();
    long appId = 1 + (random.nextLong() >>> 33);
    byte[] sign = new byte[32];
    random.nextBytes(sign);
    byte[] secret = new byte[16];
    random.nextBytes(secret);
    AppConfig app =
        new AppConfig(
            appId,
            HexFormat.of().formatHex(sign),
            HexFormat.of().formatHex(secret),
            maxUsersPerRoom);
    return ServerConfig.builder().removeApp(AppConfig.DEFAULT.appId()).app(app);
  }

  private void printBanner(EarshotServer server, ServerConfig config) {
    System.out.println("earshot server running");
    System.out.println("  signaling: " + server.signalingUri());
    System.out.println(
        "  media:     udp://"
            + server.mediaAddress().getHostString()
            + ":"
            + server.mediaAddress().getPort());
    for (AppConfig app : config.apps()) {
      System.out.println(
          "  app "
              + app.appId()
              + (app.maxUsersPerRoom() > 0
                  ? ", at most " + app.maxUsersPerRoom() + " users per room"
                  : ""));
      if (configFile == null) {
        System.out.println("    appSign:      " + app.appSign());
        System.out.println("    serverSecret: " + app.serverSecret());
      } else if (app.appId() == AppConfig.DEFAULT.appId()) {
        System.out.println(
            "    WARNING: this is the built-in test app; its AppSign is published in the source."
                + " Set includeDefaultApp: false for a server others can reach.");
      }
    }
    System.out.println(
        "  tokens: " + (config.requireTokens() ? "required" : "optional (AppSign proof accepted)"));
    System.out.println("Press Ctrl-C to stop.");
  }
}
