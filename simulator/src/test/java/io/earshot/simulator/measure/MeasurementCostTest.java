package io.earshot.simulator.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Prints the CPU cost of each measurement per 10 s of audio (thread CPU time, after warming the
 * JIT). Nothing is asserted: timings depend on the machine; the figures are for the README and for
 * noticing a regression by eye.
 */
class MeasurementCostTest {
  private static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
  private static final int WARM_UP_RUNS = 10;
  private static final int RUNS = 10;

  @Test
  void printsTheCostOfEveryMeasurementPerTenSeconds() {
    short[] sent48k = Arrays.copyOf(SpeechLatencyEstimatorTest.speechCall(), 48_000 * 10);
    short[] played48k = SpeechLatencyEstimatorTest.delayed(OpusLoopback.transcode(sent48k), 4_800);
    Resampler down = Resampler.of(48_000, 16_000);
    float[] sent = Pcm16.toUnit(down.resample(sent48k));
    float[] played = Pcm16.toUnit(down.resample(played48k));
    float[] aligned = Arrays.copyOfRange(played, 1_600, 1_600 + sent.length);
    SpeechLatencyEstimator speech = new SpeechLatencyEstimator(LatencySearch.defaults());
    ChirpLatencyEstimator chirps = ChirpLatencyEstimator.withDefaults();
    MeasuredBreakDetector breaks = new MeasuredBreakDetector(BreakCriteria.defaults());

    report("resampling 48 -> 16 kHz", () -> down.resample(sent48k));
    report("measured MOS, one 10 s window", () -> MeasuredMos.score(sent, aligned));
    report("speech latency, 17 windows of 2 s", () -> speech.estimate(sent, played));
    report("chirp latency, 10 markers", () -> chirps.estimate(played, 10));
    report("measured breaks, 1000 frames", () -> breaks.detect(sent, played, 100, 16_000));
  }

  private static void report(String what, Runnable work) {
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      work.run();
    }
    long start = BEAN.getCurrentThreadCpuTime();
    for (int i = 0; i < RUNS; i++) {
      work.run();
    }
    double ms = (BEAN.getCurrentThreadCpuTime() - start) / 1e6 / RUNS;
    System.out.printf(Locale.ROOT, "CPU per 10 s of audio: %-36s %6.1f ms%n", what, ms);
  }
}
