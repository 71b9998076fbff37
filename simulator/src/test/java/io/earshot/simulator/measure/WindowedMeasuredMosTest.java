package io.earshot.simulator.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowedMeasuredMosTest {
  /** Forty seconds of speech: the four fixtures, one after another. */
  private static short[] call() {
    int total = 0;
    for (String name : SpeechFixtures.names()) {
      total += SpeechFixtures.load(name).length;
    }
    short[] out = new short[total];
    int at = 0;
    for (String name : SpeechFixtures.names()) {
      short[] s = SpeechFixtures.load(name);
      System.arraycopy(s, 0, out, at, s.length);
      at += s.length;
    }
    return out;
  }

  @Test
  void aLongCallIsScoredInTenSecondWindowsEveryFiveSeconds() {
    short[] sent = call();
    int latency48k = 120 * 48; // 120 ms
    short[] played = new short[sent.length + latency48k];
    short[] coded = OpusLoopback.transcode(sent);
    System.arraycopy(coded, 0, played, latency48k, coded.length);

    WindowedMeasuredMos result =
        MeasuredMos.scoreWindows48k(sent, played, 120.0, MosWindowing.defaults());

    double seconds = sent.length / 48_000.0;
    int expected = (int) Math.floor((seconds - 10) / 5) + 1;
    assertEquals(expected, result.windows().size() + result.silentWindows());
    assertEquals(0, result.silentWindows());
    for (int i = 0; i < result.windows().size(); i++) {
      assertEquals(5.0 * i, result.windows().get(i).startSeconds(), 1e-9);
      MeasuredMosScore w = result.windows().get(i).score();
      assertTrue(w.mos() >= 3.5, "window " + i + ": " + w);
      // The given latency is exact, so the scorer only removes Opus's own 6.5 ms look-ahead
      // around the 250 ms margin it cut.
      assertEquals(250.0 + 6.5, w.diagnostics().delayMs(), 1.0, "window " + i);
    }
    assertTrue(result.mean() >= 3.5 && result.mean() <= 4.75, "mean " + result.mean());
    assertTrue(result.min() <= result.percentile(50) && result.percentile(50) <= 4.75);
  }

  @Test
  void aLatencyErrorOfTwoHundredMillisecondsIsAbsorbed() {
    short[] sent = call();
    int latency48k = 300 * 48;
    short[] played = new short[sent.length + latency48k];
    short[] coded = OpusLoopback.transcode(sent);
    System.arraycopy(coded, 0, played, latency48k, coded.length);

    double right = MeasuredMos.scoreWindows48k(sent, played, 300, MosWindowing.defaults()).mean();
    double wrong = MeasuredMos.scoreWindows48k(sent, played, 100, MosWindowing.defaults()).mean();

    assertEquals(right, wrong, 0.05);
  }

  @Test
  void windowsWithoutSpeechAreCountedNotScored() {
    float[] sent = new float[16_000 * 30];
    float[] speech = MeasuredMosTest.to16k(SpeechFixtures.load("flite-slt"));
    System.arraycopy(speech, 0, sent, 0, speech.length);

    WindowedMeasuredMos result = MeasuredMos.scoreWindows(sent, sent, 0, new MosWindowing(10, 5));

    // Speech ends at 11.3 s: windows from 0, 5 and 10 s hold some; those from 15 and 20 s none.
    assertEquals(3, result.windows().size());
    assertEquals(2, result.silentWindows());
  }

  @Test
  void windowingIsValidated() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MosWindowing(10, 12));
    assertTrue(e.getMessage().contains("expected a hop"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MosWindowing(2, 1));
  }
}
