package io.earshot.engine;

/**
 * The W3C WebRTC inbound audio statistics of one played stream (quality-metrics §2), cumulative
 * since the play began receiving its current SSRC, plus what Earshot's loss recovery did. Rates and
 * averages come from the difference of two reads. Not part of the vendor's API: the reference
 * engine keeps them so that tests and reports can look inside the numbers its quality callbacks are
 * made of.
 *
 * @param packetsReceived RTP packets received (RFC 3550: retransmissions included)
 * @param packetsLost RFC 3550 cumulative lost on the relay → player leg (may be negative)
 * @param jitterSeconds RFC 3550 interarrival jitter
 * @param jitterBufferDelaySeconds Σ over emitted samples of their time in the jitter buffer
 * @param jitterBufferEmittedCount samples that left the jitter buffer
 * @param jitterBufferTargetDelaySeconds Σ over emitted samples of the target delay
 * @param jitterBufferMinimumDelaySeconds Σ over emitted samples of the target without the
 *     retransmission floor
 * @param totalSamplesReceived samples the decoder path put out, concealed ones included
 * @param concealedSamples samples synthesised instead of decoded
 * @param silentConcealedSamples concealed samples below −60 dBov
 * @param concealmentEvents runs of concealed samples
 * @param insertedSamplesForDeceleration samples added to slow playout
 * @param removedSamplesForAcceleration samples removed to speed playout
 * @param totalAudioEnergy Σ (sample/32768)² / 48000 over rendered samples
 * @param totalSamplesDuration seconds of rendered audio
 * @param retransmissionsReceived packets that answered this player's NACKs
 * @param nackedPackets sequence numbers asked for again
 * @param fecRecoveredFrames frames rebuilt from the next packet's in-band FEC
 * @param lossBeforeRecovery network loss on the leg since the start, 0..1 (a retransmission does
 *     not undo it)
 * @param burstRatio BurstR of that loss, from the runs of packets that did not arrive the first
 *     time (1 for random loss, above 1 for bursty loss)
 * @param residualLossRate frames the decoder had to conceal, as a share of played frames, 0..1
 * @param residualBurstRatio BurstR of the residual loss
 */
public record InboundAudioStats(
    long packetsReceived,
    long packetsLost,
    double jitterSeconds,
    double jitterBufferDelaySeconds,
    long jitterBufferEmittedCount,
    double jitterBufferTargetDelaySeconds,
    double jitterBufferMinimumDelaySeconds,
    long totalSamplesReceived,
    long concealedSamples,
    long silentConcealedSamples,
    long concealmentEvents,
    long insertedSamplesForDeceleration,
    long removedSamplesForAcceleration,
    double totalAudioEnergy,
    double totalSamplesDuration,
    long retransmissionsReceived,
    long nackedPackets,
    long fecRecoveredFrames,
    double lossBeforeRecovery,
    double burstRatio,
    double residualLossRate,
    double residualBurstRatio) {}
