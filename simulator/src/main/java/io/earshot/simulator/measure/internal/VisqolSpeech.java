package io.earshot.simulator.measure.internal;

import java.util.List;

/**
 * The similarity half of ViSQOL v3's speech mode, reimplemented from the published algorithm
 * (Google's ViSQOL v3, Apache-2.0; Hines et al. 2015, Chinen et al. 2020): global alignment, level
 * matching, gammatone spectrograms with ViSQOL's floors, voice-active reference patches, patch
 * alignment by dynamic programming refined to the sample, and NSIM. The mapping to MOS lives
 * elsewhere ({@link NsimMosMapping}).
 */
public final class VisqolSpeech {
  /** The rate the speech mode works at. */
  public static final int SAMPLE_RATE_HZ = 16_000;

  /** How far (frames of 20 ms) a patch may move from its globally aligned position: ±500 ms. */
  public static final int PATCH_SEARCH_RADIUS = 25;

  private static final GammatoneSpectrogram SPECTROGRAM = GammatoneSpectrogram.speechWideband();

  private VisqolSpeech() {}

  /**
   * The comparison of one reference with one degraded signal.
   *
   * @param nsim mean NSIM over bands and patches (ViSQOL's VNSIM)
   * @param bandNsim per-band NSIM averaged over patches (FVNSIM), lowest band first
   * @param patches every compared patch and where it was found
   * @param lagSamples the global delay of the degraded signal, 16 kHz samples
   * @param alignedDegraded the degraded signal shifted by the lag and scaled to the reference's
   *     level, at the reference's length
   * @param levelGain the factor the degraded signal was scaled by
   */
  public record Similarity(
      double nsim,
      double[] bandNsim,
      List<PatchAligner.Match> patches,
      int lagSamples,
      float[] alignedDegraded,
      double levelGain) {}

  /** Centre frequencies of the bands, lowest first. */
  public static double[] bandCentresHz() {
    return SPECTROGRAM.centreHz();
  }

  /**
   * Compares two 16 kHz signals (full scale ±1.0).
   *
   * @throws IllegalArgumentException if the reference is shorter than one patch plus a frame or has
   *     no voice-active patch
   */
  public static Similarity compare(float[] reference, float[] degraded) {
    int minimum =
        GammatoneSpectrogram.FRAME_SAMPLES
            + ReferencePatches.PATCH_FRAMES * GammatoneSpectrogram.HOP_SAMPLES;
    if (reference.length < minimum) {
      throw new IllegalArgumentException(
          "expected a reference of at least "
              + minimum
              + " samples (0.48 s at 16 kHz), found "
              + reference.length);
    }
    int lag = GlobalAlignment.lag(reference, degraded, reference.length / 2);
    float[] aligned = GlobalAlignment.shift(degraded, lag, reference.length);
    double gain = scaleToLevelOf(reference, aligned);
    double[][] ref = SPECTROGRAM.build(reference);
    double[][] deg = SPECTROGRAM.build(aligned);
    double floorShift = SpectrogramFloor.apply(ref, deg);
    int[] starts = ReferencePatches.activePatchStarts(reference, ref[0].length);
    if (starts.length == 0) {
      throw new IllegalArgumentException(
          "expected speech in the reference, found no voice-active 400 ms patch (all below -16 dB"
              + " of its peak)");
    }
    List<PatchAligner.Match> matches =
        PatchRefiner.refine(
            PatchAligner.align(
                ref, deg, starts, ReferencePatches.PATCH_FRAMES, PATCH_SEARCH_RADIUS),
            reference,
            aligned,
            ref,
            floorShift,
            SPECTROGRAM);
    double[] bandNsim = new double[ref.length];
    for (PatchAligner.Match m : matches) {
      for (int b = 0; b < bandNsim.length; b++) {
        bandNsim[b] += m.bandMeans()[b] / matches.size();
      }
    }
    return new Similarity(Nsim.mean(bandNsim), bandNsim, matches, lag, aligned, gain);
  }

  /** ViSQOL matches the degraded signal's whole-signal RMS to the reference's; returns the gain. */
  private static double scaleToLevelOf(float[] reference, float[] degraded) {
    double refPower = meanSquare(reference);
    double degPower = meanSquare(degraded);
    if (degPower <= 0) {
      return 1.0;
    }
    float gain = (float) Math.sqrt(refPower / degPower);
    for (int i = 0; i < degraded.length; i++) {
      degraded[i] *= gain;
    }
    return gain;
  }

  static double meanSquare(float[] x) {
    double sum = 0;
    for (float v : x) {
      sum += (double) v * v;
    }
    return x.length == 0 ? 0 : sum / x.length;
  }
}
