package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TsharkStyleRtpAnalysisTest {
  private static final long MS = 1_000_000L;
  private static final int OPUS = 111;
  private final TsharkStyleRtpAnalysis analysis = new TsharkStyleRtpAnalysis(48_000);

  private void feed(int seq, long ts, double arrivalMs) {
    analysis.onPacket(seq & 0xFFFF, ts & 0xFFFF_FFFFL, false, OPUS, Math.round(arrivalMs * MS));
  }

  @Test
  void specJitterVectorInFloatingMilliseconds() {
    double[] arrivals = {0, 20, 45, 60};
    for (int i = 0; i < 4; i++) {
      feed(i, 960L * i, arrivals[i]);
    }
    TsharkRtpSummary s = analysis.summary();
    assertEquals(0.60546875, s.maxJitterMs(), 1e-12);
    assertEquals(0, s.minJitterMs(), 1e-12);
    assertEquals((0 + 0.3125 + 0.60546875) / 3, s.meanJitterMs(), 1e-12);
    assertEquals(15, s.minDeltaMs(), 1e-9);
    assertEquals(25, s.maxDeltaMs(), 1e-9);
    assertEquals(20, s.meanDeltaMs(), 1e-9);
    assertEquals(0, s.lost());
  }

  @Test
  void lostIsExpectedMinusPacketsFromFirstToLastSeen() {
    for (int s : new int[] {10, 11, 12, 14, 15}) {
      feed(s, 960L * s, 20.0 * s);
    }
    TsharkRtpSummary s = analysis.summary();
    assertEquals(5, s.packets());
    assertEquals(6, s.expected());
    assertEquals(1, s.lost());
    assertEquals(100.0 / 6, s.lostPercent(), 1e-12);
    assertEquals(1, s.sequenceErrors());
  }

  @Test
  void duplicatesAndAReorderedLastPacketMakeLostNegative() {
    for (int s : new int[] {1, 2, 3, 3}) {
      feed(s, 960L * s, 20.0 * s);
    }
    assertEquals(-1, analysis.summary().lost());
    TsharkStyleRtpAnalysis reordered = new TsharkStyleRtpAnalysis(48_000);
    for (int s : new int[] {1, 2, 3, 5, 4}) {
      reordered.onPacket(s, 960L * s, false, OPUS, 20 * MS * s);
    }
    // The last packet seen is 4, so expected is 4 while 5 packets arrived.
    assertEquals(-1, reordered.summary().lost());
  }

  @Test
  void countsSequenceWraps() {
    for (int i = 0; i < 10; i++) {
      feed(65530 + i, 960L * i, 20.0 * i);
    }
    TsharkRtpSummary s = analysis.summary();
    assertEquals(10, s.expected());
    assertEquals(0, s.lost());
    assertEquals(0, s.sequenceErrors());
  }

  @Test
  void countsAWrapWhoseZeroWasLost() {
    for (int seq : new int[] {65533, 65534, 65535, 1, 2}) {
      feed(seq, 960L * ((seq - 65533) & 0xFFFF), 20.0 * ((seq - 65533) & 0xFFFF));
    }
    assertEquals(6, analysis.summary().expected());
    assertEquals(1, analysis.summary().lost());
  }

  @Test
  void markedAndOutOfOrderPacketsStayOutOfMaxima() {
    feed(0, 0, 0);
    feed(1, 960, 20);
    // A talkspurt start after a long silence: marked, arrives "late" against its timestamp.
    analysis.onPacket(2, 960 * 2, true, OPUS, 140 * MS);
    TsharkRtpSummary afterMarker = analysis.summary();
    assertEquals(20, afterMarker.maxDeltaMs(), 1e-9);
    assertEquals(0, afterMarker.maxJitterMs(), 1e-12);
    // Its jitter still enters the running value, as in tshark.
    feed(3, 960 * 3, 160);
    assertEquals((15 * 100.0 / 16) / 16, analysis.summary().maxJitterMs(), 1e-9);
    // An older timestamp is out of timestamp order: excluded, and the reference stays put.
    feed(4, 960, 170);
    assertEquals(20, analysis.summary().maxDeltaMs(), 1e-9);
  }

  @Test
  void comfortNoiseAndThePacketAfterItAreExcluded() {
    feed(0, 0, 0);
    analysis.onPacket(1, 960, false, 13, 90 * MS);
    analysis.onPacket(2, 1920, false, OPUS, 200 * MS);
    assertEquals(-1, analysis.summary().minDeltaMs());
    assertEquals(0, analysis.summary().maxDeltaMs());
  }

  @Test
  void unknownClockRateGivesNoJitter() {
    TsharkStyleRtpAnalysis noClock = new TsharkStyleRtpAnalysis(0);
    noClock.onPacket(0, 0, false, 96, 0);
    noClock.onPacket(1, 960, false, 96, 35 * MS);
    assertEquals(0, noClock.summary().maxJitterMs());
    assertEquals(-1, noClock.summary().minJitterMs());
    assertEquals(35, noClock.summary().maxDeltaMs(), 1e-9);
  }

  @Test
  void agreesWithTheIntegerRtcpJitterWithinItsRounding() {
    ReceiverStatistics rr = new ReceiverStatistics(1);
    Random random = new Random(11L);
    double largestGap = 0;
    for (int i = 0; i < 5000; i++) {
      long arrivalNanos = 20 * MS * i + (long) (random.nextDouble() * 30 * MS);
      analysis.onPacket(i & 0xFFFF, 960L * i, false, OPUS, arrivalNanos);
      rr.onPacket(i & 0xFFFF, 960L * i, arrivalNanos);
      largestGap = Math.max(largestGap, Math.abs(rr.jitterMillis() - analysis.jitterMs()));
    }
    // Same estimator; the RR form truncates arrivals to whole 1/48 ms units (and keeps 4 bits).
    assertTrue(largestGap <= 1.0 / 48, "largest difference " + largestGap + " ms");
    assertTrue(analysis.jitterMs() > 5, "the stream should be jittery: " + analysis.jitterMs());
  }
}
