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

  @Test
  void countsGapsAcrossAWrapAndIgnoresDuplicates() {
    PlayStats stats = new PlayStats();
    stats.restart(7);
    for (int seq : new int[] {65533, 65534, 65534, 0, 2, 65535, 3}) {
      stats.onPacket(seq);
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
    stats.onPacket(10);
    stats.onPacket(8);
    stats.onPacket(11);
    Map<String, Long> c = of(stats);
    assertEquals(4L, c.get("play.s1.seq_span"));
    assertEquals(1L, c.get("play.s1.packets_missed"));
  }

  @Test
  void aNewSsrcStartsOver() {
    PlayStats stats = new PlayStats();
    stats.restart(1);
    stats.onPacket(1);
    stats.onPacket(5);
    stats.restart(2);
    assertEquals(0L, of(stats).get("play.s1.seq_span"));
    assertEquals(-1L, of(stats).get("play.s1.seq_first"));
  }
}
