package io.earshot.engine.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.rtp.RtpPacket;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The buffer moves toward its target in quiet frames, and in loud ones only when far from it; the
 * target rises at once and falls slowly.
 */
class AdaptiveJitterBufferTest {
  private static final long FRAME = AdaptiveJitterBuffer.FRAME_NANOS;
  private static final long MS = 1_000_000L;

  private static RtpPacket packet(int index) {
    return new RtpPacket(false, 111, index & 0xFFFF, 960L * index, 7, new byte[] {1});
  }

  /** A steady stream: packet i arrives at i·20 ms, the buffer polled every 20 ms after it. */
  private static int holdsWhileLoud(AdaptiveJitterBuffer buffer, boolean quiet, int ticks) {
    int holds = 0;
    for (int i = 0; i < ticks; i++) {
      long now = i * FRAME;
      buffer.offer(packet(i), now, false);
      Playout out = buffer.poll(now + 1, 0);
      if (out instanceof Playout.Missing m && m.held()) {
        holds++;
      }
      buffer.lastFrameWasQuiet(quiet);
    }
    return holds;
  }

  @Test
  void aRaisedTargetIsReachedInQuietFramesOnly() {
    AdaptiveJitterBuffer loud = new AdaptiveJitterBuffer(JitterBufferConfig.DEFAULTS);
    AdaptiveJitterBuffer quiet = new AdaptiveJitterBuffer(JitterBufferConfig.DEFAULTS);
    holdsWhileLoud(loud, false, 100);
    holdsWhileLoud(quiet, true, 100);
    // 4 frames are buffered (the 60 ms start plus the frame in hand); a 120 ms target wants 6:
    // short of it, but within the band where loud audio is left alone.
    loud.setRetransmissionFloor(120 * MS);
    quiet.setRetransmissionFloor(120 * MS);
    int loudHolds = 0;
    int quietHolds = 0;
    for (int i = 100; i < 150; i++) {
      long now = i * FRAME;
      loud.offer(packet(i), now, false);
      quiet.offer(packet(i), now, false);
      if (loud.poll(now + 1, 0) instanceof Playout.Missing m && m.held()) {
        loudHolds++;
      }
      if (quiet.poll(now + 1, 0) instanceof Playout.Missing m && m.held()) {
        quietHolds++;
      }
      loud.lastFrameWasQuiet(false);
      quiet.lastFrameWasQuiet(true);
    }
    assertEquals(0, loudHolds, "a loud frame is not held for a small shortfall");
    assertTrue(quietHolds >= 1, "quiet frames let the buffer grow: " + quietHolds);
  }

  @Test
  void farBelowItsTargetTheBufferHoldsEvenInLoudFrames() {
    AdaptiveJitterBuffer loud = new AdaptiveJitterBuffer(JitterBufferConfig.DEFAULTS);
    holdsWhileLoud(loud, false, 100);
    // A 200 ms target wants 10 frames: 4 is far below it.
    loud.setRetransmissionFloor(200 * MS);
    int holds = 0;
    for (int i = 100; i < 200; i++) {
      long now = i * FRAME;
      loud.offer(packet(i), now, false);
      if (loud.poll(now + 1, 0) instanceof Playout.Missing m && m.held()) {
        holds++;
      }
      loud.lastFrameWasQuiet(false);
    }
    // Loud audio is held only up to the band's edge (6 of the 10 frames), then waits for quiet.
    assertEquals(2, holds, "urgent holds");
  }

  @Test
  void jitterDoesNotMakeTheBufferDropAndInsertAllThroughACall() {
    AdaptiveJitterBuffer buffer = new AdaptiveJitterBuffer(JitterBufferConfig.DEFAULTS);
    SplittableRandom random = new SplittableRandom(50);
    // 30 s of packets sent every 20 ms, each delayed 10..110 ms and kept in order (a late packet
    // holds up the ones behind it); the buffer polled every 20 ms between the arrivals; every frame
    // quiet, so nothing but the decision itself stops a drop or an insert.
    int packets = 1500;
    long[] arrival = new long[packets];
    for (int i = 0; i < packets; i++) {
      long sent = i * FRAME;
      arrival[i] = Math.max(i == 0 ? 0 : arrival[i - 1], sent + (10 + random.nextInt(101)) * MS);
    }
    int next = 0;
    for (long now = 5 * MS; now < packets * FRAME; now += FRAME) {
      while (next < packets && arrival[next] <= now) {
        buffer.offer(packet(next), arrival[next], false);
        next++;
      }
      buffer.poll(now, 0);
      buffer.lastFrameWasQuiet(true);
    }
    JitterBufferStats stats = buffer.stats();
    long changes = stats.removedFrames() + stats.insertedFrames();
    // Deciding on each tick's depth, which swings by frames under this jitter, made 107 drops and
    // inserts in these 30 s; on the smoothed depth only the target's own moves remain.
    assertTrue(changes <= 10, "drops and inserts: " + changes);
  }

  @Test
  void theTargetRisesAtOnceAndFallsByAtMostTheDecayPerArrival() {
    TargetDelay target = new TargetDelay(JitterBufferConfig.DEFAULTS);
    // 100 arrivals with transits alternating 0 and 80 ms: the 95th percentile is 80 ms.
    for (int i = 0; i < 100; i++) {
      target.onArrival(i * FRAME + (i % 2 == 0 ? 0 : 80 * MS), i * FRAME);
    }
    long high = target.nanos();
    assertEquals(100 * MS, high, "80 ms of jitter plus a frame");
    // Then a steady stream: once the jittery arrivals leave the history the estimate drops to the
    // floor at once, the target only by the decay per arrival.
    for (int i = 100; i < 250; i++) {
      target.onArrival(i * FRAME, i * FRAME);
    }
    assertTrue(target.nanos() >= high - 150 * TargetDelay.DECAY_PER_ARRIVAL, "fell too fast");
    assertTrue(target.nanos() <= high - 50 * TargetDelay.DECAY_PER_ARRIVAL, "fell too slowly");
  }

  @Test
  void aFasterPacketBeforePlayoutBeginsMovesTheStartEarlier() {
    AdaptiveJitterBuffer buffer = new AdaptiveJitterBuffer(JitterBufferConfig.DEFAULTS);
    // The path takes 0 ms, but the first packet came 30 ms late and the second behind it.
    buffer.offer(packet(0), 30 * MS, false);
    assertEquals(90 * MS, buffer.startNanos(), "the first arrival plus the 60 ms target");
    buffer.offer(packet(1), 31 * MS, false);
    assertEquals(71 * MS, buffer.startNanos());
    buffer.offer(packet(2), 40 * MS, false);
    assertEquals(60 * MS, buffer.startNanos(), "where a packet on time puts it");
    assertEquals(Playout.Kind.NOT_STARTED, buffer.poll(59 * MS, 0).kind());
    assertFalse(buffer.playing());
    Playout first = buffer.poll(60 * MS, 0);
    assertTrue(buffer.playing());
    assertEquals(0, ((Playout.Frame) first).packet().sequenceNumber());
    buffer.offer(packet(3), 10 * MS, false);
    assertEquals(60 * MS, buffer.startNanos(), "once playing, the start stays");
  }

  @Test
  void playoutThatBeginsLateSkipsWhatAFastPathWouldHavePlayedByNow() {
    assertEquals(0, firstSlotPlayedWhenLateBy(9 * MS));
    assertEquals(1, firstSlotPlayedWhenLateBy(11 * MS), "the nearest frame");
    assertEquals(2, firstSlotPlayedWhenLateBy(40 * MS));
  }

  private static long firstSlotPlayedWhenLateBy(long lateNanos) {
    AdaptiveJitterBuffer buffer = new AdaptiveJitterBuffer(JitterBufferConfig.DEFAULTS);
    long now = 60 * MS + lateNanos;
    for (int i = 0; i * FRAME <= now; i++) {
      buffer.offer(packet(i), i * FRAME, false);
    }
    Playout first = buffer.poll(now, 0);
    assertEquals(
        first instanceof Playout.Frame f ? f.packet().sequenceNumber() : -1,
        buffer.stats().skipped(),
        "every frame before the first played is counted as skipped");
    return ((Playout.Frame) first).packet().sequenceNumber();
  }
}
