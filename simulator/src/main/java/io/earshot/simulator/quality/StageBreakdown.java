package io.earshot.simulator.quality;

/**
 * Where a pair's mouth-to-ear latency goes, from the packets' own timestamps (means over the
 * packets played as modelled, in ms), next to the latency measured from the signal.
 *
 * <p>Capture time of a packet = capture time of the frame encoded into the stream's first packet +
 * (RTP timestamp − first timestamp) / 48 kHz. Its playout time is modelled from the listener's
 * first played frame: the jitter buffer plays one sequence number per 20 ms tick from the first
 * packet it received, until the first run of {@value StageCalculator#UNDERRUN_FRAMES} frames whose
 * packets came too late, after which it re-anchors and the model stops (later packets are left out,
 * never guessed).
 *
 * @param captureAndEncoderMs capture of the frame to the packet entering the uplink
 * @param uplinkMs through the publisher's uplink
 * @param serverDwellMs from leaving the uplink to entering the listener's downlink (the relay)
 * @param downlinkMs through the listener's downlink
 * @param jitterBufferMs from arriving to being played
 * @param decoderAndPlayoutMs the signal's latency minus the packets' (codec lookahead and anything
 *     the packets cannot show); NaN without a signal latency
 * @param rtpLatencyMs playout time − capture time of the played packets, mean
 * @param packets packets the means are over
 * @param modelledFrames frames played as modelled (packets played plus those concealed)
 * @param concealmentRatio share of modelled frames whose packet was lost or came too late
 */
public record StageBreakdown(
    double captureAndEncoderMs,
    double uplinkMs,
    double serverDwellMs,
    double downlinkMs,
    double jitterBufferMs,
    double decoderAndPlayoutMs,
    double rtpLatencyMs,
    int packets,
    int modelledFrames,
    double concealmentRatio) {

  /** The Opus algorithmic lookahead at 48 kHz (quality-metrics §6.2: 26.5 ms = 20 ms + 6.5 ms). */
  public static final double OPUS_LOOKAHEAD_MS = 6.5;

  /** How far the RTP-timestamp latency plus the lookahead may be from the signal's (§6.2). */
  public static final double CROSS_CHECK_TOLERANCE_MS = 2.0;

  /** Signal latency minus (RTP latency + Opus lookahead); NaN without a signal latency. */
  public double crossCheckDifferenceMs() {
    return decoderAndPlayoutMs - OPUS_LOOKAHEAD_MS;
  }

  /** Whether the RTP-timestamp latency agrees with the signal's within the tolerance. */
  public boolean crossCheckAgrees() {
    return Math.abs(crossCheckDifferenceMs()) <= CROSS_CHECK_TOLERANCE_MS;
  }
}
