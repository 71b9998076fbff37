package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameAnalyzerTest {

  private final FrameAnalyzer analyzer = new FrameAnalyzer();

  @ParameterizedTest(name = "{0} Hz at {1} dBFS within {2} Hz")
  @CsvSource({
    "20, -12, 0.1", "46.3, -12, 0.1", "100, -12, 0.1", "440, -12, 0.1", "997, -30, 0.1",
    "3000, -12, 0.1", "8000, -45, 0.1", "12000, -60, 0.5", "20000, -12, 0.1", "23990, -12, 0.1"
  })
  void estimatesPureToneFrequencyInEveryFrame(double frequency, double level, double tolerance) {
    ToneSource tone = new ToneSource(frequency, level);
    short[] frame = new short[960];
    for (int f = 0; f < 10; f++) {
      tone.nextFrame(frame);
      double estimate = analyzer.analyze(frame).dominantFrequencyHz();
      assertEquals(frequency, estimate, tolerance, "frame " + f);
    }
  }

  @Test
  void measuresRmsLevel() {
    short[] frame = new short[960];
    new ToneSource(1000, -20).nextFrame(frame);
    assertEquals(-23.01, analyzer.analyze(frame).rmsDbfs(), 0.02);
  }

  @Test
  void allZeroFrameHasTheFloorLevelAndNoFrequency() {
    FrameAnalyzer.Measurement m = analyzer.analyze(new short[960]);
    assertEquals(FrameAnalyzer.SILENCE_FLOOR_DBFS, m.rmsDbfs());
    assertTrue(Double.isNaN(m.dominantFrequencyHz()));
  }
}
