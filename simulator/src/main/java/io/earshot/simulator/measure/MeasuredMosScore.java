package io.earshot.simulator.measure;

import java.util.Locale;

/**
 * The MOS the harness measured from what a listener heard, against what was sent: a
 * reimplementation of ViSQOL v3's speech mode mapped to the PESQ-WB (P.862.2) scale. Not the MOS an
 * engine reports (an E-model estimate); the two are compared, never confused.
 *
 * @param mos MOS-LQO on the PESQ-WB scale, 1..4.75
 * @param nsim mean NSIM over all bands and patches (ViSQOL's VNSIM), 0..1
 * @param nsimNarrowband mean NSIM of the bands centred below 3.4 kHz
 * @param nsimWideband mean NSIM of the bands centred at 3.4 kHz and above
 * @param bandNsim NSIM per gammatone band, lowest band first (ViSQOL's FVNSIM)
 * @param patches voice-active 400 ms reference patches compared
 * @param unmatchedPatches patches for which no similar degraded audio was found (scored 0)
 * @param diagnostics delay, level, bandwidth and disruption next to the score
 */
public record MeasuredMosScore(
    double mos,
    double nsim,
    double nsimNarrowband,
    double nsimWideband,
    double[] bandNsim,
    int patches,
    int unmatchedPatches,
    SpeechDiagnostics diagnostics) {

  @Override
  public double[] bandNsim() {
    return bandNsim.clone();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "measured MOS %.2f (NSIM %.3f, narrowband %.3f, wideband %.3f, %d patches, %d unmatched;"
            + " delay %.1f ms, level %+.1f dB, bandwidth %.0f Hz of %.0f Hz, disrupted %.1f %%)",
        mos,
        nsim,
        nsimNarrowband,
        nsimWideband,
        patches,
        unmatchedPatches,
        diagnostics.delayMs(),
        diagnostics.levelDifferenceDb(),
        diagnostics.bandwidthHz(),
        diagnostics.referenceBandwidthHz(),
        100 * diagnostics.disruptedFrameRatio());
  }
}
