package io.earshot.engine.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlayStatsTest {
  private static Map<String, Long> of(PlayStats stats) {
    Map<String, Long> out = new TreeMap<>();
    stats.putInto("s1", out);
    return out;
  }

  /** The timestamp of the frame a sequence number carries, 960 apart, wrapping with it. */
  private static long ts(int seq) {
    return (0xFFFF_0000L + ((seq + 3) & 0xFFFF) * 960L) & 0xFFFF_FFFFL;
  }

  @Test
  void aFrameTheRelayNeverHadIsAFrameGapWithoutASequenceGap() {
    PlayStats stats = new PlayStats();
    stats.restart(3);
    long first = 0xFFFF_FC40L; // the timestamps wrap after the first frame
    stats.onPacket(100, first);
    stats.onPacket(101, (first + 960) & 0xFFFF_FFFFL);
    stats.onPacket(102, (first + 3 * 960) & 0xFFFF_FFFFL);
    Map<String, Long> c = of(stats);
    assertEquals(0L, c.get("play.s1.packets_missed"));
    assertEquals(4L, c.get("play.s1.frames_span"));
    assertEquals(3L, c.get("play.s1.frames_unique"));
    assertEquals(1L, c.get("play.s1.frames_missed"));
    assertEquals(first, c.get("play.s1.ts_first"));
    assertEquals((first + 3 * 960) & 0xFFFF_FFFFL, c.get("play.s1.ts_last"));
  }

  @Test
  void countsGapsAcrossAWrapAndIgnoresDuplicates() {
    PlayStats stats = new PlayStats();
    stats.restart(7);
    for (int seq : new int[] {65533, 65534, 65534, 0, 2, 65535, 3}) {
      stats.onPacket(seq, ts(seq));
    }
    Map<String, Long> c = of(stats);
    assertEquals(7L, c.get("play.s1.packets_received"));
    assertEquals(6L, c.get("play.s1.packets_unique"));
    assertEquals(7L, c.get("play.s1.seq_span"), "65533 .. 3 across the wrap");
    assertEquals(1L, c.get("play.s1.packets_missed"), "only 1 never arrived");
    assertEquals(7L, c.get("play.s1.ssrc"));
  }

  @Test
  void aPacketReorderedBeforeTheFirstWidensTheSpan() {
    PlayStats stats = new PlayStats();
    stats.restart(1);
    stats.onPacket(10, ts(10));
    stats.onPacket(8, ts(8));
    stats.onPacket(11, ts(11));
    Map<String, Long> c = of(stats);
    assertEquals(4L, c.get("play.s1.seq_span"));
    assertEquals(1L, c.get("play.s1.packets_missed"));
  }

  @Test
  void aNewSsrcStartsOver() {
    PlayStats stats = new PlayStats();
    stats.restart(1);
    stats.onPacket(1, ts(1));
    stats.onPacket(5, ts(5));
    stats.restart(2);
    assertEquals(0L, of(stats).get("play.s1.seq_span"));
    assertEquals(-1L, of(stats).get("play.s1.seq_first"));
  }
}
