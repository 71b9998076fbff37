package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtp.SequenceNumbers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which packets of a played stream to ask again for (RFC 4585 generic NACK): a gap of up to 15
 * packets is remembered, asked for once it has waited a little for reordering, asked again after
 * each round trip (at most three times), and forgotten once it could no longer be played in time.
 * Larger gaps (an outage) are not asked for: they are past saving.
 */
public final class NackRequester {
  private static final int MAX_GAP = 15;
  private static final int MAX_TRIES = 3;
  private static final long REORDER_WAIT_NANOS = 10_000_000L;
  private static final long MIN_RETRY_NANOS = 20_000_000L;

  private final TreeMap<Long, Missing> missing = new TreeMap<>();
  private long highest = Long.MIN_VALUE;
  private long requested;
  private long recovered;

  private static final class Missing {
    final long firstSeenNanos;
    long lastAskedNanos = Long.MIN_VALUE;
    int tries;

    Missing(long firstSeenNanos) {
      this.firstSeenNanos = firstSeenNanos;
    }
  }

  /** A packet arrived; returns true if it was one this requester was missing (a recovery). */
  public boolean onPacket(int sequenceNumber, long nowNanos) {
    if (highest == Long.MIN_VALUE) {
      highest = SequenceNumbers.MODULUS + sequenceNumber;
      return false;
    }
    long ext = SequenceNumbers.extend(sequenceNumber, highest);
    if (ext > highest) {
      if (ext - highest - 1 <= MAX_GAP) {
        for (long s = highest + 1; s < ext; s++) {
          missing.put(s, new Missing(nowNanos));
        }
      }
      highest = ext;
      return false;
    }
    if (missing.remove(ext) != null) {
      recovered++;
      return true;
    }
    return false;
  }

  /**
   * The sequence numbers to ask for now, given the round trip and how long a packet may still be
   * late and played ({@code horizonNanos}).
   */
  public List<Integer> due(long nowNanos, long rttNanos, long horizonNanos) {
    List<Integer> out = new ArrayList<>();
    // A retransmission takes a round trip plus the sender's turn; asking sooner only duplicates.
    long retry = Math.max(MIN_RETRY_NANOS, rttNanos * 3 / 2 + REORDER_WAIT_NANOS);
    for (Iterator<Map.Entry<Long, Missing>> it = missing.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Long, Missing> e = it.next();
      Missing m = e.getValue();
      long age = nowNanos - m.firstSeenNanos;
      if (age > horizonNanos || m.tries >= MAX_TRIES) {
        it.remove();
      } else if (age >= REORDER_WAIT_NANOS
          && (m.lastAskedNanos == Long.MIN_VALUE || nowNanos - m.lastAskedNanos >= retry)) {
        m.lastAskedNanos = nowNanos;
        m.tries++;
        requested++;
        out.add((int) (e.getKey() & 0xFFFF));
      }
    }
    return out;
  }

  /** Whether a gap is being waited for (the buffer should leave retransmissions time). */
  public boolean waiting() {
    return !missing.isEmpty();
  }

  public long requested() {
    return requested;
  }

  public long recovered() {
    return recovered;
  }
}
