package io.earshot.engine;

import io.earshot.engine.scheduling.VirtualScheduler;
import java.util.SplittableRandom;

/**
 * What one direction of a test network does to each datagram: deliver it now, later, or not at all.
 */
@FunctionalInterface
interface DatagramPath {
  DatagramPath CLEAN = (d, deliver) -> deliver.run();

  void carry(byte[] datagram, Runnable deliver);

  static boolean isRtp(byte[] d) {
    int pt = d.length > 1 ? d[1] & 0xFF : 0;
    return d.length >= 12 && (d[0] & 0xC0) == 0x80 && !(pt >= 192 && pt <= 223);
  }

  /** Every datagram {@code nanos} late (in order: every one is equally late). */
  static DatagramPath delayed(VirtualScheduler scheduler, long nanos) {
    return (d, deliver) -> scheduler.schedule(deliver, nanos);
  }

  /** Nothing gets through from {@code fromNanos} for {@code durationNanos}. */
  static DatagramPath outage(VirtualScheduler scheduler, long fromNanos, long durationNanos) {
    return (d, deliver) -> {
      long now = scheduler.nanoTime();
      if (now < fromNanos || now >= fromNanos + durationNanos) {
        deliver.run();
      }
    };
  }

  /**
   * A path that drops RTP (first transmissions and retransmissions alike) by a seeded loss process
   * and counts what it did; RTCP passes.
   */
  final class RtpLoss implements DatagramPath {
    private final SplittableRandom random;
    private final double enterLoss;
    private final double stayLoss;
    private final DatagramPath then;
    private boolean inLoss;
    long rtpCarried;
    long rtpDropped;

    /**
     * Gilbert loss: a packet is lost with {@code enterLoss} after a delivered one and with {@code
     * stayLoss} after a lost one (equal: independent loss).
     */
    RtpLoss(long seed, double enterLoss, double stayLoss, DatagramPath then) {
      this.random = new SplittableRandom(seed);
      this.enterLoss = enterLoss;
      this.stayLoss = stayLoss;
      this.then = then;
    }

    static RtpLoss random(long seed, double loss, DatagramPath then) {
      return new RtpLoss(seed, loss, loss, then);
    }

    /** Loss {@code loss} in runs of {@code meanRun} packets on average. */
    static RtpLoss bursts(long seed, double loss, double meanRun, DatagramPath then) {
      double stay = 1 - 1 / meanRun;
      double enter = loss * (1 - stay) / (1 - loss);
      return new RtpLoss(seed, enter, stay, then);
    }

    @Override
    public void carry(byte[] datagram, Runnable deliver) {
      if (!isRtp(datagram)) {
        then.carry(datagram, deliver);
        return;
      }
      rtpCarried++;
      inLoss = random.nextDouble() < (inLoss ? stayLoss : enterLoss);
      if (inLoss) {
        rtpDropped++;
      } else {
        then.carry(datagram, deliver);
      }
    }

    double realisedLoss() {
      return rtpCarried == 0 ? 0 : (double) rtpDropped / rtpCarried;
    }
  }
}
