package io.earshot.simulator.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.earshot.netem.Direction;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.ScenarioDsl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * In both time modes, Wireshark's dissectors read a listener's capture as the engine does: the RTP
 * loss tshark counts on the relay-to-listener leg is the engine's own count (with loss recovery
 * off, so no packet arrives twice), nothing is malformed, and every RTCP packet type the engine and
 * relay send is there. Skipped where tshark is not installed ({@code .ci/run} installs it).
 */
class TsharkReadsCaptureTest {
  private static final long SECOND = 1_000_000_000L;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TimeMode.class)
  void tsharkCountsTheLossTheEngineCounts(TimeMode mode) throws Exception {
    assumeTrue(tsharkInstalled(), "tshark is not installed");
    Path pcap = dir.resolve("bob.pcap");
    Path carolPcap = dir.resolve("carol.pcap");
    long engineLost;
    String ssrc;
    try (Simulation sim = Simulation.create(mode, 7, 1_704_067_200_000L)) {
      sim.captureMedia();
      ScenarioDsl dsl = new ScenarioDsl(sim);
      sim.addUser("alice", "alice");
      sim.addUser("bob", "bob");
      // Carol keeps loss recovery on: her capture holds the NACKs she sends.
      sim.addUser("carol", "carol");
      sim.user("carol").link().setRandomLoss(Direction.DOWNLINK, 0.05);
      sim.user("alice").lossRecovery(false);
      sim.user("bob").lossRecovery(false);
      sim.user("bob").link().setRandomLoss(Direction.DOWNLINK, 0.05);
      dsl.logsIn("alice", "room1");
      dsl.logsIn("bob", "room1");
      dsl.logsIn("carol", "room1");
      dsl.publishesTone("alice", "s1", 440);
      dsl.plays("bob", "s1");
      dsl.plays("carol", "s1");
      dsl.timePasses(8 * SECOND);
      dsl.stopsPublishing("alice");
      dsl.timePasses(SECOND);
      Map<String, Long> counters = sim.user("bob").engine().counters();
      engineLost = counters.get("play.s1.seq_span") - counters.get("play.s1.packets_received");
      ssrc = String.format("0x%08x", counters.get("play.s1.ssrc"));
      MediaCapture bob =
          sim.captures().stream().filter(c -> c.user().equals("bob")).findFirst().orElseThrow();
      Files.write(pcap, bob.pcap());
      Files.write(carolPcap, sim.captures().get(2).pcap());
    }
    assertTrue(engineLost > 5, "5 % loss over 8 s of audio lost " + engineLost + " packets");

    String streams = tshark(pcap, "-o", "rtp.heuristic_rtp:TRUE", "-q", "-z", "rtp,streams");
    String leg =
        streams
            .lines()
            .filter(l -> l.toLowerCase().contains(ssrc) && l.contains("10.0.0.2"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no stream " + ssrc + " to bob in\n" + streams));
    assertEquals(engineLost, lostColumn(leg), "tshark's loss on bob's leg:\n" + streams);

    String malformed = tshark(pcap, "-o", "rtp.heuristic_rtp:TRUE", "-Y", "_ws.malformed");
    assertTrue(malformed.isBlank(), "malformed packets:\n" + malformed);

    Set<String> types = new TreeSet<>();
    for (Path file : List.of(pcap, carolPcap)) {
      rtcpTypes(file).lines().forEach(l -> types.addAll(List.of(l.split(","))));
    }
    types.remove("");
    assertTrue(
        types.containsAll(Set.of("200", "201", "202", "204", "205", "207")),
        "RTCP packet types seen by tshark: " + types);
  }

  private static String rtcpTypes(Path file) throws Exception {
    return tshark(
        file, "-o", "rtcp.heuristic_rtcp:TRUE", "-Y", "rtcp", "-T", "fields", "-e", "rtcp.pt");
  }

  /** The "Lost" column of a {@code rtp,streams} row: "12 (1.5%)" after the expected count. */
  private static long lostColumn(String row) {
    String[] parts = row.trim().split("\\s+");
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].startsWith("(") && parts[i].endsWith("%)")) {
        return Long.parseLong(parts[i - 1]);
      }
    }
    throw new AssertionError("no lost column in: " + row);
  }

  private static boolean tsharkInstalled() {
    try {
      Process p = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String tshark(Path pcap, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", pcap.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tshark did not finish: " + command);
    assertEquals(0, p.exitValue(), "tshark failed: " + command + "\n" + out);
    return out;
  }
}
