package io.earshot.simulator.quality;

import java.util.Optional;
import java.util.OptionalLong;

/** Computes a pair's {@link StageBreakdown} from the packet log; see there for the model. */
final class StageCalculator {
  /** Late or missing frames in a row after which the jitter buffer re-anchors (engine default). */
  static final int UNDERRUN_FRAMES = 10;

  private static final long FRAME_NANOS = 20_000_000L;

  private StageCalculator() {}

  /**
   * @param firstPlayedNanos the listener's first played frame of the stream
   * @param lastPlayedNanos its last played frame so far (later packets are still in flight)
   * @param signalLatencyMs the latency measured from the signal (NaN if none)
   */
  static Optional<StageBreakdown> compute(
      PacketTimes up,
      PacketTimes down,
      SentStream sent,
      long firstPlayedNanos,
      long lastPlayedNanos,
      double signalLatencyMs) {
    OptionalLong firstUp = up.first();
    if (firstUp.isEmpty() || down.first().isEmpty()) {
      return Optional.empty();
    }
    OptionalLong firstTs = up.timestamp(firstUp.getAsLong());
    OptionalLong firstIn = up.in(firstUp.getAsLong());
    if (firstTs.isEmpty() || firstIn.isEmpty()) {
      return Optional.empty();
    }
    OptionalLong firstCapture = sent.capturedAtOrBefore(firstIn.getAsLong());
    if (firstCapture.isEmpty()) {
      return Optional.empty();
    }
    long n0 = firstArrived(down);
    double[] sums = new double[6];
    int packets = 0;
    int frames = 0;
    int concealed = 0;
    int lateRun = 0;
    for (long n = n0; n <= down.highest(); n++) {
      long playout = firstPlayedNanos + (n - n0) * FRAME_NANOS;
      if (playout > lastPlayedNanos) {
        break;
      }
      OptionalLong arrived = down.out(n);
      frames++;
      if (arrived.isEmpty() || arrived.getAsLong() > playout) {
        concealed++;
        if (++lateRun >= UNDERRUN_FRAMES) {
          frames -= lateRun;
          concealed -= lateRun;
          break;
        }
        continue;
      }
      lateRun = 0;
      long ts = down.timestamp(n).orElseThrow();
      long capture =
          firstCapture.getAsLong()
              + Math.round(((ts - firstTs.getAsLong()) & 0xFFFFFFFFL) * 1e9 / 48_000);
      long ext = mapToUplink(up, firstUp.getAsLong(), down, n);
      OptionalLong upIn = up.in(ext);
      OptionalLong upOut = up.out(ext);
      OptionalLong downIn = down.in(n);
      if (upIn.isEmpty() || upOut.isEmpty() || downIn.isEmpty()) {
        continue;
      }
      sums[0] += upIn.getAsLong() - capture;
      sums[1] += upOut.getAsLong() - upIn.getAsLong();
      sums[2] += downIn.getAsLong() - upOut.getAsLong();
      sums[3] += arrived.getAsLong() - downIn.getAsLong();
      sums[4] += playout - arrived.getAsLong();
      sums[5] += playout - capture;
      packets++;
    }
    if (packets == 0) {
      return Optional.empty();
    }
    double rtp = sums[5] / packets / 1e6;
    return Optional.of(
        new StageBreakdown(
            sums[0] / packets / 1e6,
            sums[1] / packets / 1e6,
            sums[2] / packets / 1e6,
            sums[3] / packets / 1e6,
            sums[4] / packets / 1e6,
            signalLatencyMs - rtp,
            rtp,
            packets,
            frames,
            frames == 0 ? Double.NaN : concealed / (double) frames));
  }

  /** The packet that reached the listener first: where its jitter buffer starts. */
  private static long firstArrived(PacketTimes down) {
    long best = down.first().getAsLong();
    long bestTime = Long.MAX_VALUE;
    for (long n = down.first().getAsLong(); n <= down.highest(); n++) {
      OptionalLong t = down.out(n);
      if (t.isPresent() && t.getAsLong() < bestTime) {
        bestTime = t.getAsLong();
        best = n;
      }
    }
    return best;
  }

  /** The relay forwards RTP unchanged: the same 16-bit sequence number on both links. */
  private static long mapToUplink(PacketTimes up, long upFirst, PacketTimes down, long n) {
    long downFirst = down.first().getAsLong();
    long offset = Math.floorMod((downFirst & 0xFFFF) - (upFirst & 0xFFFF), 65_536);
    if (offset > 32_768) {
      offset -= 65_536;
    }
    return upFirst + offset + (n - downFirst);
  }
}
