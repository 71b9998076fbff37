package io.earshot.simulator.measure;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for {@link WavReader}: any bytes either give audio whose format is within the
 * reader's limits and whose samples are finite, or throw {@link InvalidWavException} with a message
 * of bounded length; never anything else. Seeds (valid 8-, 16-, 24-bit and float files, an
 * extensible header, an extra chunk, a NaN sample, a truncated file, a RIFX header): {@code
 * WavReaderJazzerTestInputs/read/}. Without {@code -Pfuzz} only the seeds run.
 */
class WavReaderJazzerTest {
  @FuzzTest
  void read(byte[] input) {
    WavAudio audio;
    try {
      audio = WavReader.read(input);
    } catch (InvalidWavException expected) {
      assertNotNull(expected.getMessage());
      assertTrue(
          expected.getMessage().length() <= 2_000,
          "a " + expected.getMessage().length() + "-character message");
      return;
    }
    WavFormat f = audio.format();
    assertTrue(
        f.sampleRateHz() >= WavReader.MIN_SAMPLE_RATE_HZ
            && f.sampleRateHz() <= WavReader.MAX_SAMPLE_RATE_HZ,
        "rate " + f.sampleRateHz());
    assertTrue(f.channels() >= 1 && f.channels() <= WavReader.MAX_CHANNELS, "channels");
    for (float sample : audio.mono()) {
      assertTrue(Float.isFinite(sample), "sample " + sample);
    }
  }
}
