package io.earshot.netem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserLinkTest {

  private static final long MS = 1_000_000L;

  private final DeterministicTestScheduler scheduler = new DeterministicTestScheduler();

  /** Sends {@code count} 20 ms-spaced packets up and down and returns the uplink decisions. */
  private static List<PacketDecision> run(UserLink link, int count) {
    DeterministicTestScheduler scheduler = (DeterministicTestScheduler) link.scheduler();
    link.enableDecisionLog(count);
    DatagramPath path = link.openDatagramPath(d -> {}, d -> {});
    for (int i = 0; i < count; i++) {
      path.uplink().send(new byte[160]);
      path.downlink().send(new byte[160]);
      scheduler.advance(20 * MS);
    }
    scheduler.runUntilIdle();
    return link.decisionLog(Direction.UPLINK);
  }

  @Test
  void theSameSeedGivesTheSameDecisions() {
    UserLink first = lossyLink("alice", 42);
    UserLink second = lossyLink("alice", 42);
    List<PacketDecision> a = run(first, 2_000);
    List<PacketDecision> b = run(second, 2_000);
    assertEquals(2_000, a.size());
    assertEquals(a, b);
    assertTrue(a.stream().anyMatch(d -> !d.delivered()), "the test needs some drops");
  }

  @Test
  void anotherSeedOrLinkIdGivesOtherDecisions() {
    List<PacketDecision> base = dropIndices(run(lossyLink("alice", 42), 2_000));
    assertNotEquals(base, dropIndices(run(lossyLink("alice", 43), 2_000)));
    assertNotEquals(base, dropIndices(run(lossyLink("bob", 42), 2_000)));
  }

  @Test
  void oneLinksSettingsAndTrafficDoNotShiftAnotherLinksDraws() {
    List<PacketDecision> bobAlone = run(lossyLink("bob", 7), 1_000);

    UserLink bob = lossyLink("bob", 7);
    DeterministicTestScheduler shared = (DeterministicTestScheduler) bob.scheduler();
    UserLink alice = new UserLink("alice", 7, shared);
    DatagramPath alicePath = alice.openDatagramPath(d -> {}, d -> {});
    alice.setRandomLoss(0.3);
    alice.setDelay(Duration.ofMillis(80));
    bob.enableDecisionLog(1_000);
    DatagramPath bobPath = bob.openDatagramPath(d -> {}, d -> {});
    for (int i = 0; i < 1_000; i++) {
      alicePath.uplink().send(new byte[100]);
      alicePath.uplink().send(new byte[100]);
      bobPath.uplink().send(new byte[160]);
      shared.advance(20 * MS);
    }
    shared.runUntilIdle();

    assertEquals(bobAlone, bob.decisionLog(Direction.UPLINK));
    assertTrue(alice.stats().datagramUplink().dropped(DropCause.LOSS) > 0);
  }

  @Test
  void lossOnALinkMatchesTheModelOver100kPackets() {
    UserLink link = new UserLink("carol", 2024, scheduler);
    link.setRandomLoss(Direction.UPLINK, 0.05);
    DatagramPath path = link.openDatagramPath(d -> {}, d -> {});
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      path.uplink().send(new byte[160]);
    }
    scheduler.runUntilIdle();
    DatagramStats up = link.stats().datagramUplink();
    double bound = 4 * Math.sqrt(0.05 * 0.95 / n) + 1.0 / n;
    assertEquals(0.05, up.lossRatio(), bound);
    assertEquals(n, up.delivered() + up.dropped(DropCause.LOSS));
    assertEquals(0, link.stats().datagramDownlink().offered());
  }

  @Test
  void settersTargetOneDirectionOrBoth() {
    UserLink link = new UserLink("dave", 1, scheduler);
    link.setRandomLoss(Direction.DOWNLINK, 0.02);
    link.setDelay(Direction.UPLINK, Duration.ofMillis(30));
    assertEquals(0.0, link.randomLoss(Direction.UPLINK));
    assertEquals(0.02, link.randomLoss(Direction.DOWNLINK));
    assertEquals(Duration.ofMillis(30), link.delay(Direction.UPLINK));
    assertEquals(Duration.ZERO, link.delay(Direction.DOWNLINK));
    link.setRandomLoss(0.1);
    link.setDelay(Duration.ofMillis(5));
    for (Direction direction : Direction.values()) {
      assertEquals(0.1, link.randomLoss(direction));
      assertEquals(Duration.ofMillis(5), link.delay(direction));
    }
  }

  @Test
  void invalidSettingsAreRejectedAndLeaveTheOldValue() {
    UserLink link = new UserLink("erin", 1, scheduler);
    link.setRandomLoss(0.1);
    IllegalArgumentException loss =
        assertThrows(IllegalArgumentException.class, () -> link.setRandomLoss(Direction.UPLINK, 5));
    assertTrue(
        loss.getMessage().contains("[0, 1]") && loss.getMessage().contains("5.0"),
        loss.getMessage());
    assertThrows(IllegalArgumentException.class, () -> link.setRandomLoss(Double.NaN));
    IllegalArgumentException delay =
        assertThrows(IllegalArgumentException.class, () -> link.setDelay(Duration.ofMillis(-1)));
    assertTrue(delay.getMessage().contains("found -1 ms"), delay.getMessage());
    assertEquals(0.1, link.randomLoss(Direction.UPLINK));
    assertEquals(Duration.ZERO, link.delay(Direction.UPLINK));

    IllegalArgumentException id =
        assertThrows(IllegalArgumentException.class, () -> new UserLink(" ", 1, scheduler));
    assertTrue(id.getMessage().contains("non-blank"), id.getMessage());
    assertThrows(IllegalArgumentException.class, () -> link.goDownFor(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> link.enableDecisionLog(0));
  }

  @Test
  void goDownForDropsMediaAndStallsSignalingThenComesBack() {
    UserLink link = new UserLink("frank", 3, scheduler);
    List<byte[]> media = new ArrayList<>();
    StringBuilder signaling = new StringBuilder();
    DatagramPath datagrams = link.openDatagramPath(media::add, d -> {});
    StreamPath stream = link.openStreamPath(sink(signaling), sink(new StringBuilder()), () -> {});

    link.goDownFor(Duration.ofSeconds(3));
    assertTrue(link.isDown());
    datagrams.uplink().send(new byte[10]);
    stream.uplink().write("login".getBytes(StandardCharsets.UTF_8));
    scheduler.runUntil(3_000 * MS - 1);
    assertEquals("", signaling.toString());

    scheduler.runUntil(3_000 * MS);
    assertFalse(link.isDown());
    datagrams.uplink().send(new byte[10]);
    scheduler.runUntilIdle();
    assertEquals("login", signaling.toString());
    assertEquals(1, media.size());
    LinkStats stats = link.stats();
    assertEquals(1, stats.datagramUplink().dropped(DropCause.OUTAGE));
    assertEquals(3_000 * MS, stats.streamUplink().outageStallNanos());
  }

  @Test
  void randomLossStallsTheStreamWithoutLosingBytes() {
    UserLink link = new UserLink("gina", 5, scheduler);
    link.setRandomLoss(Direction.DOWNLINK, 0.5);
    StringBuilder received = new StringBuilder();
    StreamPath stream = link.openStreamPath(sink(new StringBuilder()), sink(received), () -> {});
    StringBuilder sent = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      String message = "{\"seq\":" + i + "}";
      sent.append(message);
      stream.downlink().write(message.getBytes(StandardCharsets.UTF_8));
    }
    scheduler.runUntilIdle();
    assertEquals(sent.toString(), received.toString());
    assertTrue(link.stats().streamDownlink().lossStalls() > 10);
    assertEquals(0, link.stats().streamUplink().lossStalls());
  }

  @Test
  void cutStreamsRunsTheHookOfEveryOpenConnectionOnly() {
    UserLink link = new UserLink("hank", 5, scheduler);
    List<Integer> cut = new ArrayList<>();
    StreamPath first =
        link.openStreamPath(sink(new StringBuilder()), sink(new StringBuilder()), () -> cut.add(0));
    StreamPath second =
        link.openStreamPath(sink(new StringBuilder()), sink(new StringBuilder()), () -> cut.add(1));
    assertEquals(0, first.ordinal());
    assertEquals(1, second.ordinal());
    first.close();
    link.cutStreams();
    assertEquals(List.of(1), cut);
    assertEquals(2, link.stats().streamUplink().connections());
  }

  @Test
  void theDatagramPathOpensOnce() {
    UserLink link = new UserLink("ivy", 5, scheduler);
    link.openDatagramPath(d -> {}, d -> {});
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> link.openDatagramPath(d -> {}, d -> {}));
    assertTrue(e.getMessage().contains("'ivy'"), e.getMessage());
  }

  @Test
  void statsRenderForAReport() {
    UserLink link = lossyLink("judy", 99);
    run(link, 100);
    String text = link.stats().render();
    assertTrue(text.startsWith("link judy (seed 99)\n"), text);
    assertTrue(text.contains("datagram uplink:   offered=100"), text);
    assertTrue(text.contains("LOSS="), text);
    assertEquals(text, link.stats().toString());
  }

  /** A link with 10% loss and 40 ms delay both ways, on a fresh virtual clock. */
  private static UserLink lossyLink(String id, long seed) {
    UserLink link = new UserLink(id, seed, new DeterministicTestScheduler());
    link.setRandomLoss(0.1);
    link.setDelay(Duration.ofMillis(40));
    return link;
  }

  private static List<PacketDecision> dropIndices(List<PacketDecision> log) {
    return log.stream()
        .filter(d -> !d.delivered())
        .map(d -> new PacketDecision(d.index(), 0, 0, d.droppedBy(), -1))
        .toList();
  }

  private static StreamSink sink(StringBuilder into) {
    return new StreamSink() {
      @Override
      public void onData(byte[] chunk) {
        into.append(new String(chunk, StandardCharsets.UTF_8));
      }

      @Override
      public void onEnd() {}
    };
  }

  @Test
  void dropListenersSeeEveryDroppedPayloadWithItsCause() {
    UserLink link = new UserLink("alice", 42, scheduler);
    link.setRandomLoss(Direction.UPLINK, 0.3);
    List<String> seen = new ArrayList<>();
    link.addDropListener(
        (direction, payload, cause) -> seen.add(direction + " " + payload[0] + " " + cause));
    DatagramPath path = link.openDatagramPath(d -> {}, d -> {});
    for (int i = 0; i < 100; i++) {
      path.uplink().send(new byte[] {(byte) i});
    }
    link.goDown();
    path.downlink().send(new byte[] {7});
    link.comeBack();
    scheduler.runUntilIdle();
    LinkStats stats = link.stats();
    assertEquals(
        stats.datagramUplink().dropped(DropCause.LOSS),
        seen.stream().filter(s -> s.endsWith("LOSS")).count());
    assertTrue(seen.contains("DOWNLINK 7 OUTAGE"), seen.toString());
    assertEquals(stats.datagramUplink().droppedTotal() + 1, seen.size());
  }
}
