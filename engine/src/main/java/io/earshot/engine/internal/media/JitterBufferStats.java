package io.earshot.engine.internal.media;

/**
 * What an {@link AdaptiveJitterBuffer} did, under stable names, and the WebRTC inbound statistics
 * it owns (quality-metrics §2): cumulative counts; rates come from the difference of two snapshots.
 *
 * @param received packets offered (duplicates included)
 * @param duplicates packets for a frame already buffered or played
 * @param late packets that arrived after their frame's turn had passed
 * @param played frames handed out for decoding
 * @param concealed ticks with no frame (given up, or held while the buffer ran dry)
 * @param skipped frames passed over when playout jumped ahead (after a gap longer than the target,
 *     or a capacity overflow)
 * @param removedFrames frames dropped to bring the delay down to the target (acceleration)
 * @param insertedFrames ticks held while the buffer was dry (deceleration)
 * @param jitterBufferDelaySeconds Σ over emitted samples of their time in the buffer, seconds
 * @param emittedSamples samples of played frames (the divisor of the delay)
 * @param targetDelaySeconds Σ over emitted samples of the target delay at their emission, seconds
 * @param minimumDelaySeconds the same for the target without the retransmission floor
 */
public record JitterBufferStats(
    long received,
    long duplicates,
    long late,
    long played,
    long concealed,
    long skipped,
    long removedFrames,
    long insertedFrames,
    double jitterBufferDelaySeconds,
    long emittedSamples,
    double targetDelaySeconds,
    double minimumDelaySeconds) {

  /** The average time a sample waited in the buffer since {@code earlier}, ms (0 if none). */
  public double averageDelayMillisSince(JitterBufferStats earlier) {
    long samples = emittedSamples - earlier.emittedSamples;
    return samples == 0
        ? 0
        : (jitterBufferDelaySeconds - earlier.jitterBufferDelaySeconds) * 1000.0 / samples;
  }
}
