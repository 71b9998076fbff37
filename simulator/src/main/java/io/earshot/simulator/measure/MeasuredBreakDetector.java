package io.earshot.simulator.measure;

import io.earshot.simulator.measure.internal.FrameSpectra;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds breaks in played audio by comparing it with the sent audio, frame by frame on the time-
 * aligned signals (quality-metrics §7.1): where the source is active, a played frame is broken when
 * it is at least 20 dB below the source frame or its spectral shape differs by a log-spectral
 * distance above 15 dB; 200 ms or more of broken frames is a break.
 *
 * <p>The spectral distance compares shapes only (both frames' spectra are brought to the same total
 * power first), so that a quieter but faithful playout is judged by the level rule alone. A pause
 * in the source (inactive frames) neither starts, ends nor interrupts a run: an outage that spans a
 * pause between words is one break, and its duration includes the pause.
 *
 * <p>It measures what can be heard, not what the engine did: concealment that continues the source
 * faithfully is not a break here. libopus continues a steady tone almost perfectly, so when packets
 * stop, the engine's 200 ms of concealment before it falls silent go unnoticed and the measured
 * break starts up to 200 ms after the engine's (speech, whose concealment departs from the source
 * within a few frames, shows no such lag). Both end when decoded audio returns.
 */
public final class MeasuredBreakDetector {
  private final BreakCriteria criteria;

  /** A detector with the given criteria; {@link BreakCriteria#defaults()} for §7.1's. */
  public MeasuredBreakDetector(BreakCriteria criteria) {
    this.criteria = criteria;
  }

  /**
   * The breaks in {@code played} against {@code sent}, both at {@code sampleRateHz}, the played
   * audio carrying the sent audio {@code latencyMs} later (a measured latency).
   */
  public List<MeasuredBreak> detect(
      float[] sent, float[] played, double latencyMs, int sampleRateHz) {
    int frame = (int) Math.round(criteria.frameMs() * sampleRateHz / 1000.0);
    int latency = (int) Math.round(latencyMs * sampleRateHz / 1000.0);
    FrameSpectra source = new FrameSpectra(sent, 0, frame);
    FrameSpectra heard = new FrameSpectra(played, latency, frame);
    int frames = sent.length / frame;
    double loudest = Double.NEGATIVE_INFINITY;
    for (int f = 0; f < frames; f++) {
      loudest = Math.max(loudest, source.levelDb(f));
    }
    List<MeasuredBreak> breaks = new ArrayList<>();
    int runStart = -1;
    int runEnd = -1;
    for (int f = 0; f <= frames; f++) {
      boolean active = f < frames && source.levelDb(f) >= loudest - criteria.activeWithinDb();
      if (f < frames && !active) {
        continue; // a pause neither starts, ends nor interrupts a run
      }
      boolean broken = f < frames && broken(source, heard, f);
      if (broken) {
        runStart = runStart < 0 ? f : runStart;
        runEnd = f;
      } else if (runStart >= 0) {
        double duration = (runEnd - runStart + 1) * criteria.frameMs() / 1000.0;
        if (duration * 1000 >= criteria.minBreakMs() - 1e-9) {
          breaks.add(new MeasuredBreak(runStart * criteria.frameMs() / 1000.0, duration));
        }
        runStart = -1;
      }
    }
    return breaks;
  }

  /** {@link #detect} for Earshot's 48 kHz 16-bit audio, resampled to 16 kHz first. */
  public List<MeasuredBreak> detect48k(short[] sent48k, short[] played48k, double latencyMs) {
    Resampler down = Resampler.of(48_000, 16_000);
    return detect(
        Pcm16.toUnit(down.resample(sent48k)),
        Pcm16.toUnit(down.resample(played48k)),
        latencyMs,
        16_000);
  }

  private boolean broken(FrameSpectra source, FrameSpectra heard, int f) {
    if (heard.levelDb(f) <= source.levelDb(f) - criteria.dropDb()) {
      return true;
    }
    return FrameSpectra.shapeDistanceDb(source, heard, f) > criteria.spectralDistanceDb();
  }
}
