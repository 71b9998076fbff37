package io.earshot.engine.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.server.EarshotServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The finding "Ctrl-C under load took 18 s and clients got no close frame": under signaling and
 * datagram load the server now stops within its shutdown timeout, and every client that reads gets
 * a WebSocket close with 1001 (going away).
 */
class ShutdownAbuseTest {
  private static final int SHUTDOWN_MILLIS = 2_000;
  private static final int CLIENTS = 30;

  @Test
  void shutdownUnderLoadIsBoundedAndSaysGoingAway() throws Exception {
    EarshotServer server =
        AbuseServers.start(
            l ->
                l.set("shutdownTimeoutMillis", SHUTDOWN_MILLIS)
                    .set("requestsPerConnectionPerSecond", 2_000)
                    .set("loginsPerAddressPerSecond", 1_000));
    List<RawWebSocket> clients = new ArrayList<>();
    List<CompletableFuture<Integer>> closeCodes = new ArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    boolean closed = false;
    try (OrdinaryCall call = OrdinaryCall.start(server)) {
      for (int i = 0; i < CLIENTS; i++) {
        RawWebSocket ws =
            RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain());
        assertEquals(0, ws.login(OrdinaryCall.ROOM, "listener" + i).code());
        clients.add(ws);
        // Each listener reads everything until the server closes, and reports the close code.
        closeCodes.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    while (ws.readText(30_000) != null) {
                      // Stream updates of the load.
                    }
                  } catch (IOException e) {
                    return -2;
                  }
                  return ws.closeCode();
                },
                Executors.newSingleThreadExecutor()));
      }
      RawWebSocket toggler =
          RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain());
      assertEquals(0, toggler.login(OrdinaryCall.ROOM, "toggler").code());
      // The toggler publishes and stops as fast as the server answers, and random datagrams hit
      // the relay.
      Toggler toggles = new Toggler(toggler).start(Long.MAX_VALUE);
      CompletableFuture<Void> load =
          CompletableFuture.runAsync(
              () -> {
                try (RawMedia flooder = new RawMedia(server.mediaAddress())) {
                  byte[] junk = new byte[160];
                  long sent = 0;
                  while (!stop.get()) {
                    ThreadLocalRandom.current().nextBytes(junk);
                    junk[0] = 0; // never RTP or RTCP: counted as malformed
                    flooder.send(junk);
                    // As fast as the relay drains them, without overflowing its socket buffer.
                    if (++sent % 200 == 0) {
                      long target = sent - 200;
                      long deadline = System.nanoTime() + 2_000_000_000L;
                      while (!stop.get()
                          && AbuseServers.counter(server, "datagrams.malformed") < target
                          && System.nanoTime() < deadline) {
                        synchronized (stop) {
                          stop.wait(1);
                        }
                      }
                    }
                  }
                } catch (IOException e) {
                  // The server went away: the load ends.
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      call.assertFlowing("under load");
      AbuseServers.awaitCounter(server, "messages.publish", 200, 15_000);

      long start = System.nanoTime();
      closed = true;
      server.close();
      long tookMillis = (System.nanoTime() - start) / 1_000_000;
      stop.set(true);
      toggles.close();
      load.get(5, TimeUnit.SECONDS);
      System.out.println("shutdown under load took " + tookMillis + " ms");
      // Within the timeout, give or take a second of scheduling on a busy two-core machine.
      assertTrue(
          tookMillis <= SHUTDOWN_MILLIS + 1_000,
          "shutdown took " + tookMillis + " ms, the timeout is " + SHUTDOWN_MILLIS);
      Map<Integer, Integer> codes = new TreeMap<>();
      for (CompletableFuture<Integer> code : closeCodes) {
        codes.merge(code.get(10, TimeUnit.SECONDS), 1, Integer::sum);
      }
      assertEquals(Map.of(1001, CLIENTS), codes, "close codes the listeners got");
    } finally {
      stop.set(true);
      clients.forEach(RawWebSocket::close);
      if (!closed) {
        server.close();
      }
    }
  }
}
