package io.earshot.engine.internal.client;

import io.earshot.engine.internal.media.TimestampUnwrapper;
import io.earshot.engine.internal.rtp.SequenceNumbers;
import java.util.Map;

/**
 * What one played stream received, for {@code ExpressEngine.counters()}: packets handed to the play
 * session for the stream's current SSRC (a new SSRC, the stream published again, starts over), by
 * the relay's sequence numbers on this player's leg (extended past 16-bit wraps) and by the frames
 * they carry (RTP timestamp / 960): a frame the relay never had leaves no sequence gap on the leg,
 * only a frame gap. Written on the engine's thread, read from any thread.
 */
final class PlayStats {
  private static final long SAMPLES_PER_FRAME = 960;

  private long ssrc = -1;
  private long received;
  private Coverage sequences = new Coverage();
  private Coverage frames = new Coverage();
  private TimestampUnwrapper timestamps = new TimestampUnwrapper();
  private long lastExtendedSeq = Long.MIN_VALUE;
  private long firstRawTimestamp;
  private long firstExtendedTimestamp = Long.MIN_VALUE;
  private long lowestTimestamp = Long.MAX_VALUE;
  private long highestTimestamp = Long.MIN_VALUE;

  synchronized void restart(long newSsrc) {
    ssrc = newSsrc;
    received = 0;
    sequences = new Coverage();
    frames = new Coverage();
    timestamps = new TimestampUnwrapper();
    lastExtendedSeq = Long.MIN_VALUE;
    firstExtendedTimestamp = Long.MIN_VALUE;
    lowestTimestamp = Long.MAX_VALUE;
    highestTimestamp = Long.MIN_VALUE;
  }

  synchronized void onPacket(int sequenceNumber, long rtpTimestamp) {
    received++;
    long ext =
        lastExtendedSeq == Long.MIN_VALUE
            ? SequenceNumbers.MODULUS + (long) sequenceNumber
            : SequenceNumbers.extend(sequenceNumber, lastExtendedSeq);
    lastExtendedSeq = Math.max(lastExtendedSeq, ext);
    sequences.add(ext);
    long ts = timestamps.extend(rtpTimestamp);
    if (firstExtendedTimestamp == Long.MIN_VALUE) {
      firstExtendedTimestamp = ts;
      firstRawTimestamp = rtpTimestamp;
    }
    lowestTimestamp = Math.min(lowestTimestamp, ts);
    highestTimestamp = Math.max(highestTimestamp, ts);
    frames.add(Math.floorDiv(ts, SAMPLES_PER_FRAME));
  }

  /** The RTP timestamp (unsigned 32-bit) of an extended one. */
  private long raw(long extended) {
    return (firstRawTimestamp + extended - firstExtendedTimestamp) & 0xFFFF_FFFFL;
  }

  synchronized void putInto(String streamId, Map<String, Long> out) {
    String p = "play." + streamId + ".";
    out.put(p + "ssrc", ssrc);
    out.put(p + "packets_received", received);
    out.put(p + "packets_unique", sequences.distinct());
    out.put(p + "seq_first", sequences.lowest());
    out.put(p + "seq_last", sequences.highest());
    out.put(p + "seq_span", sequences.span());
    out.put(p + "packets_missed", sequences.span() - sequences.distinct());
    boolean any = frames.any();
    out.put(p + "ts_first", any ? raw(lowestTimestamp) : -1);
    out.put(p + "ts_last", any ? raw(highestTimestamp) : -1);
    out.put(p + "frames_span", frames.span());
    out.put(p + "frames_unique", frames.distinct());
    out.put(p + "frames_missed", frames.span() - frames.distinct());
  }
}
