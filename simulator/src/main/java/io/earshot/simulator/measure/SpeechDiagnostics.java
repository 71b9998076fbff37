package io.earshot.simulator.measure;

/**
 * What stands next to a measured MOS to explain it (quality-metrics §5.5, point 4).
 *
 * @param delayMs the constant delay of the degraded signal the scorer found and removed
 * @param levelDifferenceDb played level minus reference level over the reference's active frames
 *     (before the scorer's own level matching, which makes the MOS itself level-blind)
 * @param bandwidthHz the played signal's bandwidth: the highest frequency at which its long-term
 *     spectrum comes within 40 dB of its peak (3.3–3.6 kHz for narrowband speech, above 7 kHz for
 *     wideband at 16 kHz)
 * @param referenceBandwidthHz the same for the reference, for comparison
 * @param disruptedFrameRatio share of compared 20 ms frames that are much less similar than the
 *     typical frame (more than 0.2 NSIM below the median): rises with concealed packets, dropouts
 *     and noise bursts, not with steady coding distortion. An estimate, not a count of concealed
 *     packets: concealment in a steady vowel or a pause goes unnoticed, as it does for a listener
 */
public record SpeechDiagnostics(
    double delayMs,
    double levelDifferenceDb,
    double bandwidthHz,
    double referenceBandwidthHz,
    double disruptedFrameRatio) {}
