package io.earshot.simulator.measure;

import io.earshot.simulator.measure.internal.ActiveLevel;
import io.earshot.simulator.measure.internal.BandwidthEstimator;
import io.earshot.simulator.measure.internal.MosFeatures;
import io.earshot.simulator.measure.internal.NsimMosMapping;
import io.earshot.simulator.measure.internal.PatchAligner;
import io.earshot.simulator.measure.internal.VisqolSpeech;
import java.util.ArrayList;
import java.util.List;

/**
 * Measured MOS: how good the speech a listener heard was, judged against what was sent.
 *
 * <p>A native Java reimplementation of the speech mode of ViSQOL v3 (Google, Apache-2.0; Hines et
 * al., "ViSQOL: an objective speech quality model", EURASIP JASMP 2015; Chinen et al., "ViSQOL v3",
 * QoMEX 2020), written from the published algorithm, not from its code: 16 kHz input, global
 * alignment by cross-correlation, level matching, a 21-band gammatone spectrogram from 50 Hz to 8
 * kHz (80 ms Hann frames every 20 ms, ViSQOL's floors), voice-active reference patches of 20
 * frames, patch alignment by dynamic programming refined to the sample, and NSIM. The NSIM→MOS
 * mapping is Earshot's own, fitted to PESQ-WB on a calibration corpus ({@code measure/README.md}
 * beside the coefficients gives the fit and its figures).
 *
 * <p>Pure functions of their inputs: no clock, no randomness, no state; safe from any thread. A 10
 * s window costs tens of milliseconds of CPU.
 */
public final class MeasuredMos {
  /** The rate the scorer works at. */
  public static final int SAMPLE_RATE_HZ = VisqolSpeech.SAMPLE_RATE_HZ;

  // Played audio is cut this much wider than the window on each side, so that the scorer's own
  // alignment can absorb an error in the latency it was given.
  private static final double WINDOW_MARGIN_SECONDS = 0.25;

  private MeasuredMos() {}

  /**
   * Scores one pair of 16 kHz signals, full scale ±1.0. The degraded signal may be delayed by an
   * unknown constant (up to half the reference's length) and at any level.
   *
   * @throws IllegalArgumentException if the reference is shorter than 0.48 s or holds no speech
   */
  public static MeasuredMosScore score(float[] reference16k, float[] degraded16k) {
    VisqolSpeech.Similarity similarity = VisqolSpeech.compare(reference16k, degraded16k);
    MosFeatures features = MosFeatures.of(similarity);
    float[] unscaled = similarity.alignedDegraded().clone();
    for (int i = 0; i < unscaled.length; i++) {
      unscaled[i] /= similarity.levelGain();
    }
    int unmatched = 0;
    for (PatchAligner.Match m : similarity.patches()) {
      unmatched += m.matched() ? 0 : 1;
    }
    SpeechDiagnostics diagnostics =
        new SpeechDiagnostics(
            similarity.lagSamples() * 1000.0 / SAMPLE_RATE_HZ,
            ActiveLevel.differenceDb(reference16k, unscaled),
            BandwidthEstimator.bandwidthHz(similarity.alignedDegraded(), SAMPLE_RATE_HZ),
            BandwidthEstimator.bandwidthHz(reference16k, SAMPLE_RATE_HZ),
            features.disruptedFrameRatio());
    return new MeasuredMosScore(
        NsimMosMapping.shipped().mos(features),
        similarity.nsim(),
        features.nsimNarrowband(),
        features.nsimWideband(),
        similarity.bandNsim(),
        similarity.patches().size(),
        unmatched,
        diagnostics);
  }

  /** Scores one pair of 16 kHz 16-bit signals; see {@link #score(float[], float[])}. */
  public static MeasuredMosScore score(short[] reference16k, short[] degraded16k) {
    return score(Pcm16.toUnit(reference16k), Pcm16.toUnit(degraded16k));
  }

  /**
   * Scores a call in windows (10 s every 5 s by default): each window of sent audio against the
   * played audio {@code latencyMs} later. Windows without speech in the sent audio are skipped and
   * counted.
   *
   * @param sent16k what the publisher sent, 16 kHz, full scale ±1.0
   * @param played16k what the listener played, on the same time axis
   * @param latencyMs how much later the played audio carries the sent audio (a measured mouth-to-
   *     ear latency); errors up to 250 ms are absorbed by the scorer's own alignment
   */
  public static WindowedMeasuredMos scoreWindows(
      float[] sent16k, float[] played16k, double latencyMs, MosWindowing windowing) {
    if (!(latencyMs >= 0) || Double.isInfinite(latencyMs)) {
      throw new IllegalArgumentException("expected a latency of 0 ms or more, found " + latencyMs);
    }
    int window = (int) Math.round(windowing.windowSeconds() * SAMPLE_RATE_HZ);
    int hop = (int) Math.round(windowing.hopSeconds() * SAMPLE_RATE_HZ);
    int margin = (int) Math.round(WINDOW_MARGIN_SECONDS * SAMPLE_RATE_HZ);
    int latency = (int) Math.round(latencyMs * SAMPLE_RATE_HZ / 1000.0);
    int length = Math.min(window, sent16k.length);
    List<WindowedMeasuredMos.Window> scored = new ArrayList<>();
    int silent = 0;
    for (int start = 0; start + length <= sent16k.length; start += hop) {
      float[] ref = slice(sent16k, start, length);
      float[] deg = slice(played16k, start + latency - margin, length + 2 * margin);
      try {
        scored.add(
            new WindowedMeasuredMos.Window(start / (double) SAMPLE_RATE_HZ, score(ref, deg)));
      } catch (IllegalArgumentException noSpeech) {
        silent++;
      }
    }
    return new WindowedMeasuredMos(scored, silent);
  }

  /** {@link #scoreWindows(float[], float[], double, MosWindowing)} with the default windowing. */
  public static WindowedMeasuredMos scoreWindows(
      float[] sent16k, float[] played16k, double latencyMs) {
    return scoreWindows(sent16k, played16k, latencyMs, MosWindowing.defaults());
  }

  /**
   * {@link #scoreWindows(float[], float[], double, MosWindowing)} for Earshot's own 48 kHz 16-bit
   * audio, resampled to 16 kHz first.
   */
  public static WindowedMeasuredMos scoreWindows48k(
      short[] sent48k, short[] played48k, double latencyMs, MosWindowing windowing) {
    Resampler down = Resampler.of(48_000, SAMPLE_RATE_HZ);
    return scoreWindows(
        Pcm16.toUnit(down.resample(sent48k)),
        Pcm16.toUnit(down.resample(played48k)),
        latencyMs,
        windowing);
  }

  private static float[] slice(float[] x, int from, int length) {
    float[] out = new float[length];
    for (int i = Math.max(0, -from); i < length && from + i < x.length; i++) {
      out[i] = x[from + i];
    }
    return out;
  }
}
