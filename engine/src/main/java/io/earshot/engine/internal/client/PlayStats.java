package io.earshot.engine.internal.client;

import io.earshot.engine.internal.rtp.SequenceNumbers;
import java.util.BitSet;
import java.util.Map;

/**
 * What one played stream received, for {@code ExpressEngine.counters()}: packets handed to the play
 * session for the stream's current SSRC (a new SSRC, the stream published again, starts over).
 * Sequence numbers are extended past 16-bit wraps, counting from the first packet received. Written
 * on the engine's thread, read from any thread.
 */
final class PlayStats {
  /** Reordered packets up to this far before the first one are still told apart from duplicates. */
  private static final int BEFORE_FIRST = 1024;

  private long ssrc = -1;
  private long received;
  private long unique;
  private long lowest = Long.MAX_VALUE;
  private long highest = Long.MIN_VALUE;
  private long base;
  private final BitSet seen = new BitSet();

  synchronized void restart(long newSsrc) {
    ssrc = newSsrc;
    received = 0;
    unique = 0;
    lowest = Long.MAX_VALUE;
    highest = Long.MIN_VALUE;
    seen.clear();
  }

  synchronized void onPacket(int sequenceNumber) {
    received++;
    long ext;
    if (highest == Long.MIN_VALUE) {
      ext = SequenceNumbers.MODULUS + (long) sequenceNumber;
      base = ext - BEFORE_FIRST;
    } else {
      ext = SequenceNumbers.extend(sequenceNumber, highest);
    }
    long offset = ext - base;
    if (offset < 0 || offset > Integer.MAX_VALUE) {
      unique++; // too far out to remember; counted as new
    } else if (!seen.get((int) offset)) {
      seen.set((int) offset);
      unique++;
    } else {
      return;
    }
    lowest = Math.min(lowest, ext);
    highest = Math.max(highest, ext);
  }

  synchronized void putInto(String streamId, Map<String, Long> out) {
    String p = "play." + streamId + ".";
    out.put(p + "ssrc", ssrc);
    out.put(p + "packets_received", received);
    out.put(p + "packets_unique", unique);
    boolean any = highest != Long.MIN_VALUE;
    out.put(p + "seq_first", any ? lowest : -1);
    out.put(p + "seq_last", any ? highest : -1);
    out.put(p + "seq_span", any ? highest - lowest + 1 : 0);
    out.put(p + "packets_missed", any ? highest - lowest + 1 - unique : 0);
  }
}
