package io.earshot.simulator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import io.earshot.simulator.RemoteServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Done-when 5 of issue 14 on loopback: three shards against one standalone server, merged, give the
 * whole run's user count and percentiles consistent with one run of the whole profile.
 */
class LoadShardsRealTimeTest {
  private static final String PROFILE =
      "duration: 6s\nmode: realtime\nrooms: 3\nspeakers: 2\nlisteners: 1\nramp: 1s\n";

  @Test
  void threeShardsAgainstOneServerMergeIntoTheWholeRun() throws Exception {
    LoadProfile profile = LoadProfileReader.read(PROFILE);
    // A short warm-up first, so that JIT compilation does not spoil the first run's audio only.
    new LoadRun(
            LoadProfileReader.read("duration: 4s\nmode: realtime\n"),
            Shard.WHOLE,
            4_000_000_000L,
            s -> {})
        .run();
    LoadResults whole = new LoadRun(profile, Shard.WHOLE, 4_000_000_000L, s -> {}).run().results();
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    EarshotServer server =
        EarshotServer.startOnSockets(
            RemoteServer.acceptLoadRuns(ServerConfig.builder()).build(), any, any);
    LoadResults merged = new LoadResults();
    try {
      RemoteServer remote =
          RemoteServer.parse(
              "127.0.0.1:" + server.signalingAddress().getPort(), server.mediaAddress().getPort());
      List<CompletableFuture<LoadOutcome>> shards = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        Shard shard = new Shard(i, 3);
        shards.add(
            CompletableFuture.supplyAsync(
                () -> new LoadRun(profile, shard, 4_000_000_000L, s -> {}).against(remote).run()));
      }
      for (CompletableFuture<LoadOutcome> shard : shards) {
        merged.merge(shard.get(60, TimeUnit.SECONDS).results());
      }
      assertTrue(
          server.counters().getOrDefault("logins.accepted", 0L) >= 9, server.counters().toString());
    } finally {
      server.close();
    }
    assertEquals(9, merged.users());
    assertEquals(1.0, merged.value(LoadMetric.JOIN_SUCCESS, ""), 1e-12);
    assertEquals(whole.count(LoadMetric.JOIN_SUCCESS), merged.count(LoadMetric.JOIN_SUCCESS));
    // The median: real time on a shared machine makes the tails depend on its other work.
    double mosWhole = whole.value(LoadMetric.MEASURED_MOS, "p50");
    double mosMerged = merged.value(LoadMetric.MEASURED_MOS, "p50");
    System.out.printf(
        "shards: measured MOS p5/p50 whole %.2f/%.2f, merged %.2f/%.2f; latency p50 %.1f/%.1f ms%n",
        whole.value(LoadMetric.MEASURED_MOS, "p5"),
        mosWhole,
        merged.value(LoadMetric.MEASURED_MOS, "p5"),
        mosMerged,
        whole.value(LoadMetric.LATENCY_MS, "p50"),
        merged.value(LoadMetric.LATENCY_MS, "p50"));
    assertEquals(mosWhole, mosMerged, 0.5, "measured MOS p50");
    double a = whole.value(LoadMetric.LATENCY_MS, "p50");
    double b = merged.value(LoadMetric.LATENCY_MS, "p50");
    assertEquals(a, b, 40, "latency p50: whole " + a + " ms, merged " + b + " ms");
  }
}
