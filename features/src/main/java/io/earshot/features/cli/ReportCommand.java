package io.earshot.features.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code earshot report --serve [DIR] [--port N]}: serves a run's HTML report on 127.0.0.1 and
 * prints its address, until Ctrl-C. Browsers refuse to open an Allure report from {@code file://}.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the HTML report of the last run (or of DIR) on 127.0.0.1 and prints its URL; Ctrl-C "
          + "stops it.",
      "DIR is a run's --out folder or its report folder (default: the last ./earshot run)."
    })
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--serve", required = true, description = "Serve the report over HTTP.")
  boolean serve;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "Port on 127.0.0.1 (default: any free port).")
  int port;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A run's folder or report folder.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("earshot.home", "."));
    Path given = dir != null ? dir : home.resolve("target/earshot-run");
    Path report =
        Files.isRegularFile(given.resolve("index.html")) ? given : given.resolve("report");
    if (!Files.isRegularFile(report.resolve("index.html"))) {
      spec.commandLine()
          .getErr()
          .println(
              "earshot report: no report in "
                  + given.toAbsolutePath()
                  + " (expected index.html there or in its report/ folder; "
                  + "./earshot run [--out DIR] builds one)");
      return 2;
    }
    if (port < 0 || port > 65535) {
      spec.commandLine().getErr().println("earshot report: --port must be 0–65535, was " + port);
      return 2;
    }
    StaticFileServer server;
    try {
      server = new StaticFileServer(report, port);
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("earshot report: " + e.getMessage());
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    spec.commandLine().getOut().println("serving " + report.toAbsolutePath().normalize());
    spec.commandLine().getOut().println("open " + server.uri() + "  (Ctrl-C to stop)");
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }
}
