package io.earshot.engine.abuse;

import static io.earshot.engine.abuse.AbuseServers.awaitCounter;
import static io.earshot.engine.abuse.AbuseServers.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.server.EarshotServer;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Finding 3 (high): 100 logged-in connections that never read, plus one member toggling
 * publish/stop, turned 12 MB of input into 6.4 GB of heap, a login took over 30 s and another call
 * lost a quarter of its audio. Now each slow reader is disconnected once its bounded outbound queue
 * is full, the heap stays bounded, logins stay quick and the call keeps flowing.
 */
class SlowReaderAbuseTest {
  private static final int SLOW_READERS = 100;
  private static final int MAX_OUTBOUND = 16 * 1024;
  private static final int TOGGLES = 4_000;

  @Test
  void slowReadersAreDisconnectedAndNobodyElseWaits() throws Exception {
    try (EarshotServer server =
            AbuseServers.start(
                l ->
                    l.set("maxOutboundBytes", MAX_OUTBOUND)
                        // One member toggles fast: ten times the default request budget.
                        .set("requestsPerConnectionPerSecond", 1_000)
                        .set("loginsPerAddressPerSecond", 1_000));
        OrdinaryCall call = OrdinaryCall.start(server)) {
      List<RawWebSocket> slow = new ArrayList<>();
      try (RawWebSocket toggler =
          RawWebSocket.greeted(server.signalingAddress(), RawWebSocket.Options.plain())) {
        for (int i = 0; i < SLOW_READERS; i++) {
          RawWebSocket ws =
              RawWebSocket.greeted(
                  server.signalingAddress(), RawWebSocket.Options.plain().receiveBuffer(4096));
          slow.add(ws);
          assertEquals(0, ws.login(OrdinaryCall.ROOM, "slow" + i).code());
          // From here on it reads nothing.
        }
        assertEquals(0, toggler.login(OrdinaryCall.ROOM, "toggler").code());
        long heapBefore = usedHeapAfterGc();

        // The toggler publishes and stops as fast as the server answers it, from other threads,
        // while this one checks on the call.
        // The outbound queues hold encoded frames in Netty's direct buffers: their peak is sampled.
        AtomicLong peakDirect = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
            () -> peakDirect.accumulateAndGet(usedDirect(), Math::max),
            0,
            10,
            TimeUnit.MILLISECONDS);
        Toggler toggles = new Toggler(toggler).start(TOGGLES);
        long stormStart = System.nanoTime();
        Duration early;
        Duration login;
        long cutAfterMillis;
        try {
          // While the slow readers' queues fill, the server fans every toggle out to 103 members;
          // a login still completes (the finding: over 30 s).
          early = call.timeLogin();
          // Each slow reader is cut once its bounded queue is full; the server's connections
          // drop to alice, bob and the toggler.
          AbuseServers.awaitAtLeast(
              "slow readers disconnected",
              () -> SLOW_READERS + 3 - server.connectionCount(),
              SLOW_READERS,
              20_000);
          cutAfterMillis = (System.nanoTime() - stormStart) / 1_000_000;
          awaitCounter(server, "connections.slow_reader_closed", SLOW_READERS, 1_000);
          // The toggler goes on; everyone else is served as usual.
          login = call.assertLoginWithin(Duration.ofSeconds(2), "during the storm");
          call.assertFlowing("during the storm");
          toggles.awaitWritten(60);
        } finally {
          toggles.close();
          sampler.shutdownNow();
        }
        call.assertFlowing("after the storm");
        long inputBytes = toggles.bytesWritten();
        long heapAfter = usedHeapAfterGc();
        long grown = heapAfter - heapBefore;
        System.out.printf(
            "slow readers: %d toggles (%d bytes) in, all %d slow readers cut within %d ms"
                + " (slow_reader_closed %d), heap %d -> %d MB, direct buffers at most %d KB,"
                + " logins during the storm %d ms (while the queues filled) and %d ms%n",
            toggles.toggles(),
            inputBytes,
            SLOW_READERS,
            cutAfterMillis,
            counter(server, "connections.slow_reader_closed"),
            heapBefore >> 20,
            heapAfter >> 20,
            peakDirect.get() >> 10,
            early.toMillis(),
            login.toMillis());
        System.out.println("slow readers: " + server.counters());
        // Bounded: 100 queues of at most 64 KiB (plus what one message adds) and the test's own
        // garbage, far below the 6.4 GB the finding measured.
        assertTrue(grown < 64L << 20, "heap grew by " + (grown >> 20) + " MB");
        // 100 queues of 16 KiB are 1.6 MB; the allocator's chunks and the other connections'
        // buffers come on top. Without the bound, 4,000 toggles to 100 readers are 120 MB.
        assertTrue(
            peakDirect.get() < 48L << 20, "direct buffers peaked at " + (peakDirect.get() >> 20));
        for (RawWebSocket ws : slow.subList(0, 5)) {
          assertTrue(ws.eofWithin(5_000), "a slow reader is still connected");
        }
        assertTrue(
            server.connectionCount() <= 4,
            "connections left: " + server.connectionCount() + " (alice and bob)");
      } finally {
        slow.forEach(RawWebSocket::close);
      }
    }
  }

  /** Direct memory in use by Netty's default allocator (the server's and the clients'). */
  static long usedDirect() {
    return ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider p
        ? p.metric().usedDirectMemory()
        : 0;
  }

  /** Heap in use after a full collection (the server runs in this JVM). */
  static long usedHeapAfterGc() {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      best = Math.min(best, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return best;
  }
}
