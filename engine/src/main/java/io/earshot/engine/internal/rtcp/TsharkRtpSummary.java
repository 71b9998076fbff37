package io.earshot.engine.internal.rtcp;

/**
 * One stream's line of {@code tshark -z rtp,streams} (quality-metrics §1.5). Minimums are -1 when
 * no packet qualified, as tshark reports them.
 *
 * @param packets packets seen ("Pkts"), duplicates included
 * @param expected {@code lastSeq + 65536·wraps − firstSeq + 1}, lastSeq being the last one seen
 * @param lost {@code expected − packets}; negative with duplicates or a reordered last packet
 * @param minDeltaMs smallest gap between consecutive packets, ms
 * @param meanDeltaMs mean gap, ms
 * @param maxDeltaMs largest gap, ms
 * @param minJitterMs smallest running jitter, ms
 * @param meanJitterMs mean running jitter, ms
 * @param maxJitterMs largest running jitter, ms
 * @param sequenceErrors packets whose sequence number did not follow the previous one
 */
public record TsharkRtpSummary(
    long packets,
    long expected,
    long lost,
    double minDeltaMs,
    double meanDeltaMs,
    double maxDeltaMs,
    double minJitterMs,
    double meanJitterMs,
    double maxJitterMs,
    long sequenceErrors) {

  /** Lost in percent of expected, as tshark prints it; 0 when nothing was expected. */
  public double lostPercent() {
    return expected == 0 ? 0 : lost * 100.0 / expected;
  }
}
