package io.earshot.engine.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.rtp.RtpPacket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JitterBufferTest {
  private static final long MS = 1_000_000L;
  private static final long TICK = JitterBuffer.FRAME_NANOS;

  /** One-way transit added to each send time, so arrivals fall between playout ticks. */
  private static final long TRANSIT = 5 * MS;

  private final JitterBuffer buffer = new JitterBuffer();

  @Test
  void deliversInOrderAfterPrebuffering() {
    List<String> out = run(sent(1000, 10), 14);
    // First arrival at 5 ms; playout may start at 65 ms, so the ticks at 0..60 prebuffer.
    assertEquals(
        List.of(
            "N", "N", "N", "N", "F1000", "F1001", "F1002", "F1003", "F1004", "F1005", "F1006",
            "F1007", "F1008", "F1009"),
        out);
    assertEquals(new JitterBufferCounters(10, 0, 0, 0, 10, 0, 0, 0, 0), buffer.counters());
  }

  @Test
  void missingPacketIsConcealedExactlyAtItsSlot() {
    List<Arrival> arrivals = sent(1000, 10);
    arrivals.removeIf(a -> a.seq == 1005);
    List<String> out = run(arrivals, 14);
    assertEquals(List.of("F1003", "F1004", "M1005", "F1006", "F1007"), out.subList(7, 12));
    assertEquals(1, buffer.counters().concealed());
    assertEquals(9, buffer.counters().played());
  }

  @Test
  void reorderedPacketArrivingBeforeItsSlotPlaysInOrder() {
    List<Arrival> arrivals = sent(1000, 10);
    // 1005 is overtaken by 1006 and 1007 but still arrives 35 ms before its slot at 180 ms.
    arrivals.removeIf(a -> a.seq == 1005);
    arrivals.add(new Arrival(1005, 7 * TICK + TRANSIT + 1));
    List<String> out = run(arrivals, 14);
    assertEquals(List.of("F1004", "F1005", "F1006"), out.subList(8, 11));
    assertEquals(0, buffer.counters().late());
    assertEquals(0, buffer.counters().concealed());
  }

  @Test
  void packetArrivingAfterItsSlotIsLate() {
    List<Arrival> arrivals = sent(1000, 10);
    arrivals.removeIf(a -> a.seq == 1005);
    arrivals.add(new Arrival(1005, 9 * TICK + TRANSIT)); // slot 1005 was polled at 180 ms
    List<String> out = run(arrivals, 14);
    assertEquals(List.of("F1004", "M1005", "F1006"), out.subList(8, 11));
    assertEquals(1, buffer.counters().late());
    assertEquals(10, buffer.counters().received());
  }

  @Test
  void duplicatesAreDroppedAndCountedEvenAfterTheOriginalPlayed() {
    List<Arrival> arrivals = sent(1000, 10);
    arrivals.add(new Arrival(1003, 3 * TICK + TRANSIT + 1)); // while 1003 is still buffered
    arrivals.add(new Arrival(1001, 9 * TICK)); // long after 1001 was played
    List<String> out = run(arrivals, 14);
    assertEquals(List.of("F1000", "F1001", "F1002", "F1003", "F1004"), out.subList(4, 9));
    JitterBufferCounters c = buffer.counters();
    assertEquals(2, c.duplicates());
    assertEquals(0, c.late());
    assertEquals(12, c.received());
    assertEquals(10, c.played());
  }

  @Test
  void sequenceWrapIsSeamless() {
    List<String> out = run(sent(65533, 6), 10);
    assertEquals(
        List.of("F65533", "F65534", "F65535", "F65536", "F65537", "F65538"), out.subList(4, 10));
    // The record keeps the 16-bit number the packet carried.
    JitterBuffer b = new JitterBuffer();
    b.offer(packet(65535), 0);
    b.offer(packet(0), TICK);
    Playout first = b.poll(3 * TICK);
    Playout second = b.poll(4 * TICK);
    assertEquals(65535, assertInstanceOf(Playout.Frame.class, first).sequenceNumber());
    assertEquals(0, assertInstanceOf(Playout.Frame.class, second).sequenceNumber());
    assertEquals(65536, ((Playout.Frame) second).extendedSequence());
  }

  @Test
  void overflowDropsOldestFrames() {
    JitterBuffer b = new JitterBuffer(JitterBufferConfig.builder().capacityFrames(8).build());
    for (int seq = 0; seq < 4; seq++) {
      b.offer(packet(seq), seq * TICK);
    }
    assertEquals("F0", describe(b.poll(3 * TICK)));
    // A burst of 10 more while 1..3 wait: 13 frames, 5 over capacity, the oldest (1..5) go.
    for (int seq = 4; seq < 14; seq++) {
      b.offer(packet(seq), 3 * TICK + 1);
    }
    assertEquals(8, b.bufferedFrames());
    assertEquals(5, b.counters().overflow());
    List<String> next = new ArrayList<>();
    for (int k = 4; k < 13; k++) {
      next.add(describe(b.poll(k * TICK)));
    }
    assertEquals(List.of("M1", "M2", "M3", "M4", "M5", "F6", "F7", "F8", "F9"), next.subList(0, 9));
  }

  @Test
  void publisherRestartResyncsAfterTwoConsecutivePackets() {
    List<Arrival> arrivals = sent(100, 10);
    // The publisher restarts at 40000 right after 109; its packets follow on the same 20 ms
    // cadence.
    for (int i = 0; i < 10; i++) {
      arrivals.add(new Arrival(40000 + i, (10 + i) * TICK + TRANSIT));
    }
    List<String> out = run(arrivals, 24);
    JitterBufferCounters c = buffer.counters();
    assertEquals(1, c.resyncs());
    assertEquals(0, c.strays());
    assertEquals(0, c.late());
    // 40000 arrives at 205 ms and is held; 40001 confirms it at 225 ms, after 107 played at 220 ms.
    // The old frames still buffered (108, 109) are flushed, then playout rebuffers (MISSING, the
    // stream has started) until 40000's arrival + 60 ms, and resumes in order.
    assertEquals(2, c.skipped());
    int firstNew = out.indexOf("F40000");
    assertTrue(firstNew > 0, out.toString());
    assertEquals(
        List.of("F40000", "F40001", "F40002", "F40003"), out.subList(firstNew, firstNew + 4));
    assertEquals("F107", out.get(11));
    for (String s : out.subList(12, firstNew)) {
      assertTrue(s.startsWith("M"), out.toString());
    }
    // 40000 arrived at 205 ms; the first tick at or after 265 ms is 280 ms = tick 14.
    assertEquals(14, firstNew);
  }

  @Test
  void stragglersOfTheAbandonedStreamAreLateNotANewJump() {
    List<Arrival> arrivals = sent(100, 8); // 100..107
    arrivals.add(new Arrival(40000, 8 * TICK + TRANSIT));
    arrivals.add(new Arrival(40001, 9 * TICK + TRANSIT));
    // Two consecutive old packets overtaken by the restart arrive after it was confirmed.
    arrivals.add(new Arrival(108, 9 * TICK + TRANSIT + 1));
    arrivals.add(new Arrival(109, 9 * TICK + TRANSIT + 2));
    for (int i = 2; i < 10; i++) {
      arrivals.add(new Arrival(40000 + i, (8 + i) * TICK + TRANSIT));
    }
    List<String> out = run(arrivals, 24);
    JitterBufferCounters c = buffer.counters();
    assertEquals(1, c.resyncs());
    assertEquals(0, c.strays());
    assertEquals(2, c.late());
    int firstNew = indexOfFrameWithSeq(out, 40000);
    assertEquals(
        List.of(40000, 40001, 40002, 40003, 40004),
        out.subList(firstNew, firstNew + 5).stream().map(JitterBufferTest::seqOf).toList());
  }

  @Test
  void restartToOlderSequenceNumbersAlsoResyncs() {
    List<Arrival> arrivals = sent(20000, 10);
    for (int i = 0; i < 10; i++) {
      arrivals.add(new Arrival(500 + i, (10 + i) * TICK + TRANSIT));
    }
    List<String> out = run(arrivals, 24);
    assertEquals(1, buffer.counters().resyncs());
    assertEquals(2, buffer.counters().skipped());
    assertEquals("F20007", out.get(11));
    int firstNew = indexOfFrameWithSeq(out, 500);
    assertEquals(14, firstNew, out.toString());
    assertEquals(501, seqOf(out.get(firstNew + 1)));
  }

  @Test
  void isolatedFarPacketsAreStraysAndDoNotDisturbPlayout() {
    List<Arrival> arrivals = sent(100, 12);
    arrivals.add(new Arrival(30000, 5 * TICK + 2));
    arrivals.add(new Arrival(9000, 6 * TICK + 2)); // far too, but not 30001: the first is a stray
    List<String> out = run(arrivals, 16);
    assertEquals(
        List.of(
            "F100", "F101", "F102", "F103", "F104", "F105", "F106", "F107", "F108", "F109", "F110",
            "F111"),
        out.subList(4, 16));
    assertEquals(1, buffer.counters().strays());
    assertEquals(0, buffer.counters().resyncs());
  }

  @Test
  void senderPauseRebuffersInsteadOfDroppingEverythingAsLate() {
    List<Arrival> arrivals = sent(0, 10);
    // The sender stops for 1 s; its sequence numbers resume where they stopped (10, 11, ...).
    for (int i = 0; i < 10; i++) {
      arrivals.add(new Arrival(10 + i, (60 + i) * TICK + TRANSIT));
    }
    List<String> out = run(arrivals, 80);
    JitterBufferCounters c = buffer.counters();
    assertEquals(0, c.late());
    assertEquals(20, c.played());
    // 10 arrives at 1205 ms and plays at the first tick at or after 1265 ms: 1280 ms = tick 64.
    assertEquals("F10", out.get(64));
    assertEquals(List.of("F10", "F11", "F12"), out.subList(64, 67));
  }

  @Test
  void afterUnderrunAFarAheadPacketIsPlayedRatherThanConcealingTheWholeGap() {
    JitterBuffer b = new JitterBuffer();
    for (int seq = 0; seq < 4; seq++) {
      b.offer(packet(seq), seq * TICK);
    }
    List<String> out = new ArrayList<>();
    out.add(describe(b.poll(3 * TICK))); // F0
    b.offer(packet(40), 3 * TICK + 1); // 1..3 are buffered, 4..39 never come
    for (int k = 4; k < 18; k++) {
      out.add(describe(b.poll(k * TICK)));
    }
    assertEquals(List.of("F0", "F1", "F2", "F3"), out.subList(0, 4));
    // Ten slots concealed (4..13), then playout jumps to 40 instead of concealing 26 more.
    for (int i = 4; i < 14; i++) {
      assertEquals("M" + i, out.get(i));
    }
    assertEquals("F40", out.get(14));
    assertEquals(10, b.counters().concealed());
  }

  @Test
  void burstAtStartIsTrimmedToTheTargetDelay() {
    JitterBuffer b = new JitterBuffer();
    for (int seq = 0; seq < 10; seq++) {
      b.offer(packet(seq), 0);
    }
    assertEquals("N", describe(b.poll(40 * MS)));
    // Starting from 0 would add 140 ms beyond the target; keep only the newest 3 + 1 frames.
    assertEquals("F6", describe(b.poll(60 * MS)));
    assertEquals(6, b.counters().skipped());
  }

  @Test
  void targetDelayIsConfigurable() {
    JitterBuffer b =
        new JitterBuffer(JitterBufferConfig.builder().targetDelayNanos(100 * MS).build());
    b.offer(packet(7), 0);
    assertEquals("N", describe(b.poll(80 * MS)));
    assertEquals("F7", describe(b.poll(100 * MS)));
    assertEquals(
        JitterBufferConfig.DEFAULT_TARGET_DELAY_NANOS,
        JitterBufferConfig.defaults().targetDelayNanos());
    assertThrows(
        IllegalArgumentException.class,
        () -> JitterBufferConfig.builder().maxDropout(40000).build());
  }

  @Test
  void everyPacketIsAccountedForAndFramesNeverGoBackwards() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2024);
    for (int run = 0; run < 20; run++) {
      JitterBuffer b = new JitterBuffer();
      List<Arrival> inFlight = new ArrayList<>();
      int seq = random.nextInt(0, 65536);
      int restarts = 0;
      long lastFrameExt = Long.MIN_VALUE;
      for (int k = 0; k < 600; k++) {
        long now = k * TICK;
        if (k > 0 && random.nextInt(1000) < 3) {
          seq = (seq + random.nextInt(5000, 60000)) & 0xFFFF; // publisher restart, far from before
          restarts++;
        }
        // 5 % duplicated, 5 % of the rest lost; up to 50 ms of jitter reorders packets.
        int copies = random.nextInt(100) < 5 ? 2 : random.nextInt(100) < 5 ? 0 : 1;
        for (int c = 0; c < copies; c++) {
          inFlight.add(new Arrival(seq, now + random.nextLong(0, 50 * MS)));
        }
        seq = (seq + 1) & 0xFFFF;
        inFlight.sort((x, y) -> Long.compare(x.atNanos, y.atNanos));
        while (!inFlight.isEmpty() && inFlight.get(0).atNanos <= now) {
          Arrival a = inFlight.remove(0);
          b.offer(packet(a.seq), a.atNanos);
        }
        Playout p = b.poll(now);
        if (p instanceof Playout.Frame f) {
          assertTrue(f.extendedSequence() > lastFrameExt, "frames must never go backwards");
          lastFrameExt = f.extendedSequence();
        }
      }
      JitterBufferCounters c = b.counters();
      assertTrue(c.played() > 500, "run " + run + " should mostly play: " + c);
      assertTrue(
          c.resyncs() <= restarts, "run " + run + ": " + c + " for " + restarts + " restarts");
      long accounted =
          c.duplicates()
              + c.late()
              + c.strays()
              + c.played()
              + c.overflow()
              + c.skipped()
              + b.bufferedFrames();
      // At most one far packet may still be held awaiting its confirming successor.
      assertTrue(
          c.received() - accounted == 0 || c.received() - accounted == 1,
          "run " + run + ": " + c + " buffered " + b.bufferedFrames());
    }
  }

  // --- harness: packets sent every 20 ms, arriving TRANSIT later, polled on the 20 ms grid ---

  private record Arrival(int seq, long atNanos) {}

  private static List<Arrival> sent(int firstSeq, int count) {
    List<Arrival> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new Arrival((firstSeq + i) & 0xFFFF, i * TICK + TRANSIT));
    }
    return out;
  }

  /** Offers everything that has arrived by each tick, then polls it; returns the outcomes. */
  private List<String> run(List<Arrival> arrivals, int ticks) {
    List<Arrival> pending = new ArrayList<>(arrivals);
    pending.sort((a, b) -> Long.compare(a.atNanos, b.atNanos));
    List<String> out = new ArrayList<>();
    int next = 0;
    for (int k = 0; k < ticks; k++) {
      long now = k * TICK;
      while (next < pending.size() && pending.get(next).atNanos <= now) {
        buffer.offer(packet(pending.get(next).seq), pending.get(next).atNanos);
        next++;
      }
      out.add(describe(buffer.poll(now)));
    }
    return out;
  }

  private static RtpPacket packet(int seq) {
    return new RtpPacket(false, 111, seq, seq * 960L, 0x1234, new byte[] {(byte) seq});
  }

  private static String describe(Playout p) {
    switch (p.kind()) {
      case NOT_STARTED:
        return "N";
      case FRAME:
        Playout.Frame f = (Playout.Frame) p;
        // Extended indices after a resync live in a later cycle; the test reads the carried number.
        assertEquals((byte) f.sequenceNumber(), f.payload()[0]);
        return "F" + (f.extendedSequence() < 1 << 17 ? f.extendedSequence() : f.sequenceNumber());
      case MISSING:
        return "M" + ((Playout.Missing) p).extendedSequence();
      default:
        throw new AssertionError(p);
    }
  }

  private static int indexOfFrameWithSeq(List<String> out, int seq) {
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).startsWith("F") && seqOf(out.get(i)) == seq) {
        return i;
      }
    }
    return -1;
  }

  private static int seqOf(String s) {
    return (int) (Long.parseLong(s.substring(1)) & 0xFFFF);
  }
}
