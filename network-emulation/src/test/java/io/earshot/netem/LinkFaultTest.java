package io.earshot.netem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The separate fault models of a user link on a virtual clock: a signaling-only stall (streams
 * held, datagrams flow), a media-only outage (datagrams dropped as OUTAGE, streams flow), the whole
 * link down (both), resets, and their counters.
 */
class LinkFaultTest {

  private static final long MS = 1_000_000L;

  private final DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
  private final UserLink link = new UserLink("alice", 11, scheduler);
  private final List<byte[]> media = new ArrayList<>();
  private final StringBuilder signaling = new StringBuilder();
  private final DatagramPath datagrams = link.openDatagramPath(media::add, d -> {});
  private final StreamPath stream =
      link.openStreamPath(sink(signaling), sink(new StringBuilder()), () -> {});

  @Test
  void aSignalingStallHoldsTheStreamWhileDatagramsFlow() {
    link.stallSignalingFor(Duration.ofSeconds(3));
    assertTrue(link.isFaulty(LinkFault.SIGNALING_STALL));
    assertFalse(link.isDown());
    for (int i = 0; i < 100; i++) {
      datagrams.uplink().send(new byte[10]);
      stream.uplink().write(("m" + i + ";").getBytes(StandardCharsets.UTF_8));
      scheduler.advance(20 * MS);
    }
    assertEquals(100, media.size(), "every datagram passes during a signaling stall");
    assertEquals("", signaling.toString(), "no stream byte passes during the stall");
    scheduler.runUntil(3_000 * MS);
    assertFalse(link.isFaulty(LinkFault.SIGNALING_STALL));
    scheduler.runUntilIdle();
    assertTrue(signaling.toString().startsWith("m0;m1;"), signaling.toString());
    assertTrue(signaling.toString().endsWith("m99;"), "held data arrives in order, all of it");
    LinkStats stats = link.stats();
    assertEquals(0, stats.datagramUplink().droppedTotal());
    assertEquals(new FaultStats(1, 3_000 * MS), stats.faults().of(LinkFault.SIGNALING_STALL));
    assertEquals(FaultStats.NONE, stats.faults().of(LinkFault.OUTAGE));
  }

  @Test
  void aMediaOutageDropsDatagramsAsOutageWhileTheStreamFlows() {
    link.takeMediaDownFor(Duration.ofSeconds(2));
    for (int i = 0; i < 150; i++) {
      datagrams.uplink().send(new byte[10]);
      stream.uplink().write(new byte[] {'x'});
      scheduler.advance(20 * MS);
    }
    scheduler.runUntilIdle();
    assertEquals(50, media.size(), "the 100 datagrams of the first 2 s are dropped");
    assertEquals(100, link.stats().datagramUplink().dropped(DropCause.OUTAGE));
    assertEquals(150, signaling.length(), "the stream is not held");
    assertEquals(0, link.stats().streamUplink().outageStallNanos());
    assertEquals(new FaultStats(1, 2_000 * MS), link.stats().faults().of(LinkFault.MEDIA_OUTAGE));
  }

  @Test
  void theStreamStaysHeldUntilEveryFaultThatHoldsItHasEnded() {
    link.goDown();
    link.stallSignaling();
    stream.uplink().write(new byte[] {'a'});
    scheduler.advance(1_000 * MS);
    link.comeBack();
    scheduler.advance(1_000 * MS);
    assertEquals("", signaling.toString(), "still stalled after the outage ended");
    StreamPath later = link.openStreamPath(sink(signaling), sink(new StringBuilder()), () -> {});
    later.uplink().write(new byte[] {'b'});
    scheduler.advance(1_000 * MS);
    assertEquals("", signaling.toString(), "a new connection stalls too");
    link.resumeSignaling();
    scheduler.runUntilIdle();
    assertEquals(2, signaling.length());
    datagrams.uplink().send(new byte[1]);
    scheduler.runUntilIdle();
    assertEquals(1, media.size());
  }

  @Test
  void theWholeLinkStillTakesBothDown() {
    link.goDownFor(Duration.ofSeconds(1));
    datagrams.uplink().send(new byte[1]);
    stream.uplink().write(new byte[] {'a'});
    scheduler.runUntil(999 * MS);
    assertEquals(0, media.size());
    assertEquals("", signaling.toString());
    scheduler.runUntilIdle();
    assertEquals("a", signaling.toString());
    assertEquals(new FaultStats(1, 1_000 * MS), link.stats().faults().of(LinkFault.OUTAGE));
  }

  @Test
  void listenersHearEachFaultStartAndEndAndResetsAreCounted() {
    List<String> heard = new ArrayList<>();
    link.addFaultListener(
        new FaultListener() {
          @Override
          public void changed(LinkFault fault, boolean active) {
            heard.add(fault + (active ? " on" : " off"));
          }

          @Override
          public void endsAfter(LinkFault fault, Duration after) {
            heard.add(fault + " ends after " + after.toMillis() + " ms");
          }
        });
    link.takeMediaDownFor(Duration.ofMillis(500));
    link.takeMediaDown();
    link.cutStreams();
    scheduler.runUntilIdle();
    link.stallSignaling();
    link.resumeSignaling();
    link.resumeSignaling();
    assertEquals(
        List.of(
            "MEDIA_OUTAGE on",
            "MEDIA_OUTAGE ends after 500 ms",
            "SIGNALING_RESET on",
            "SIGNALING_RESET off",
            "MEDIA_OUTAGE off",
            "SIGNALING_STALL on",
            "SIGNALING_STALL off"),
        heard,
        "a fault already in force is not started twice, one not in force not ended");
    LinkFaults faults = link.stats().faults();
    assertEquals(1, faults.of(LinkFault.MEDIA_OUTAGE).count());
    assertEquals(1, faults.of(LinkFault.SIGNALING_RESET).count());
    assertEquals(
        "outages 0 (0.000 s), signaling stalls 1 (0.000 s), media outages 1 (0.500 s),"
            + " signaling resets 1",
        faults.render());
    assertTrue(link.stats().render().contains("  faults:            outages 0 (0.000 s)"));
  }

  @Test
  void aFaultStillInForceCountsUpToTheSnapshot() {
    link.takeMediaDown();
    scheduler.advance(1_500 * MS);
    assertEquals(new FaultStats(1, 1_500 * MS), link.stats().faults().of(LinkFault.MEDIA_OUTAGE));
  }

  @Test
  void aFaultMustLastMoreThanZero() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> link.stallSignalingFor(Duration.ZERO));
    assertTrue(e.getMessage().contains("> 0, found PT0S"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> link.takeMediaDownFor(Duration.ofMillis(-1)));
    assertFalse(link.isFaulty(LinkFault.SIGNALING_STALL));
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
}
