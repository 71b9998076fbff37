package io.earshot.features.cli;

import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import java.net.InetSocketAddress;
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
      description = "Room size limit of the default app (0 = unlimited).")
  int maxUsersPerRoom;

  @Option(
      names = "--config",
      description = "YAML file with the server's apps and settings (see ServerConfigFile).")
  java.nio.file.Path configFile;

  @Option(names = "--require-tokens", description = "Refuse logins without a Token04.")
  boolean requireTokens;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig.Builder builder;
    try {
      builder =
          configFile == null
              ? ServerConfig.builder()
              : io.earshot.engine.server.ServerConfigFile.load(configFile).toBuilder();
    } catch (java.io.IOException | IllegalArgumentException e) {
      System.err.println("earshot server: cannot use the configuration: " + e.getMessage());
      return 2;
    }
    if (maxUsersPerRoom > 0 || configFile == null) {
      builder.app(AppConfig.DEFAULT.withMaxUsersPerRoom(maxUsersPerRoom));
    }
    if (requireTokens) {
      builder.requireTokens(true);
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
                  : "")
              + (app.appId() == AppConfig.DEFAULT.appId()
                  ? " (the default app; appSign " + app.appSign() + ")"
                  : ""));
    }
    System.out.println(
        "  tokens: " + (config.requireTokens() ? "required" : "optional (AppSign proof accepted)"));
    System.out.println("Press Ctrl-C to stop.");
    stopped.await();
    return 0;
  }
}
