package io.earshot.features.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report server: serves the folder on 127.0.0.1, nothing outside it, and says when a port is
 * taken.
 */
class StaticFileServerTest {
  @TempDir Path dir;

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheReportOnAFreeLoopbackPort() throws Exception {
    EarshotCli.write(dir.resolve("report"), "index.html", "<html>report</html>");
    EarshotCli.write(dir.resolve("report/data"), "x.json", "{}");
    EarshotCli.write(dir, "secret.txt", "outside");
    try (StaticFileServer server = new StaticFileServer(dir.resolve("report"), 0)) {
      assertTrue(server.uri().toString().startsWith("http://127.0.0.1:"), server.uri().toString());
      HttpResponse<String> index = get(server.uri());
      assertEquals(200, index.statusCode());
      assertEquals("<html>report</html>", index.body());
      assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertEquals(
          "application/json",
          get(server.uri().resolve("data/x.json")).headers().firstValue("Content-Type").orElse(""));
      assertEquals(404, get(server.uri().resolve("missing.js")).statusCode());
      assertEquals(404, get(URI.create(server.uri() + "..%2Fsecret.txt")).statusCode());
    }
  }

  @Test
  void aTakenPortIsNamed() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> new StaticFileServer(dir, taken.getLocalPort()));
      assertTrue(
          e.getMessage().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is taken"),
          e.getMessage());
      assertTrue(e.getMessage().contains("--port"), e.getMessage());
    }
  }

  @Test
  void reportWithoutAReportSaysWhatWasExpected() {
    EarshotCli.Outcome outcome = EarshotCli.run("report", "--serve", dir.toString());
    assertEquals(2, outcome.exit(), outcome.all());
    assertTrue(outcome.err().contains("no report in " + dir), outcome.all());
    assertTrue(outcome.err().contains("index.html"), outcome.all());
  }
}
