package io.earshot.simulator.quality;

import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.LoopingSource;
import io.earshot.simulator.audio.NoiseSource;
import io.earshot.simulator.audio.SilenceSource;
import io.earshot.simulator.audio.ToneSource;
import io.earshot.simulator.measure.ChirpMarker;
import io.earshot.simulator.measure.InvalidWavException;
import io.earshot.simulator.measure.MarkedSource;
import io.earshot.simulator.measure.Resampler;
import io.earshot.simulator.measure.SpeechFixtures;
import io.earshot.simulator.measure.WavAudio;
import io.earshot.simulator.measure.WavReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sources a publisher can send, made the way the harness can measure them (quality-metrics
 * §6.2, §8): speech fixtures and files loop; tones carry a chirp marker every second, so that their
 * latency can be measured; noise is seeded; silence stays silent (nothing to measure, and "hears
 * nothing" must still hold).
 */
public final class SourceCatalog {
  /** Level of every tone: -12 dBFS peak. */
  public static final double TONE_PEAK_DBFS = -12;

  /** Level of white noise: -26 dBFS RMS, the speech fixtures' active level. */
  public static final double NOISE_RMS_DBFS = -26;

  /**
   * The fixtures publishers cycle through. flite-slt is left out: its pitch is so steady that a 2 s
   * window correlates almost as well one pitch period (5.3 ms) away as at the true lag, so the
   * latency estimator rightly rejects every window as ambiguous (peak ratio about 1.08 under a pure
   * delay), and "hears" could never pass for it.
   */
  private static final List<String> PUBLISHED = List.of("espeak-m", "espeak-f", "flite-rms");

  private SourceCatalog() {}

  /** The speech fixture of the {@code index}-th speech publisher (0-based), looping. */
  public static LoopingSource speech(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("expected a publisher index of 0 or more, found " + index);
    }
    String name = PUBLISHED.get(index % PUBLISHED.size());
    return new LoopingSource(SpeechFixtures.load(name), "speech (" + name + ")", true);
  }

  /** A tone at {@link #TONE_PEAK_DBFS} with latency markers 12 dB below it. */
  public static AudioSource tone(double frequencyHz) {
    return new MarkedSource(
        new ToneSource(frequencyHz, TONE_PEAK_DBFS), ChirpMarker.belowSource(TONE_PEAK_DBFS));
  }

  /** Seeded white noise at {@link #NOISE_RMS_DBFS}. */
  public static AudioSource whiteNoise(long seed) {
    return new NoiseSource(seed, NOISE_RMS_DBFS);
  }

  public static AudioSource silence() {
    return new SilenceSource();
  }

  /**
   * A WAV file of any common rate and channel count, mixed to mono, resampled to 48 kHz, looping.
   * It is scored as speech: measured MOS is meaningful only if it holds speech.
   *
   * @throws IllegalArgumentException if the file is missing or not a WAV file the reader supports
   */
  public static LoopingSource file(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw new IllegalArgumentException(
          "expected a WAV file next to the feature file, found no file " + absolute);
    }
    WavAudio audio;
    try {
      audio = WavReader.read(absolute);
    } catch (InvalidWavException e) {
      throw new IllegalArgumentException("expected a readable WAV file: " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "expected a readable WAV file, found " + absolute + " unreadable: " + e.getMessage());
    }
    if (audio.mono().length == 0) {
      throw new IllegalArgumentException(
          "expected audio in " + absolute + ", found a 'data' chunk without samples");
    }
    float[] at48k = Resampler.of(audio.sampleRateHz(), 48_000).resample(audio.mono());
    short[] pcm = new short[at48k.length];
    for (int i = 0; i < pcm.length; i++) {
      pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(at48k[i] * 32768.0)));
    }
    return new LoopingSource(pcm, "the audio file " + absolute.getFileName(), true);
  }
}
