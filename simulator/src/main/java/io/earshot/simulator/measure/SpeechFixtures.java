package io.earshot.simulator.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The committed speech fixtures: synthetic talkers reading IEEE Harvard sentences, 48 kHz mono
 * 16-bit, 0.5 s of silence at each end, active speech level -26 dBov (see {@code speech/README.md}
 * for the voices, texts and the commands that made them). Measured MOS is only meaningful on
 * speech, so publishers whose audio is scored send these.
 *
 * <p>Loading is deterministic and cached; every call returns a fresh copy.
 */
public final class SpeechFixtures {
  /** Fixture names, in the order {@link #forPublisher} cycles through them. */
  private static final List<String> NAMES =
      List.of("espeak-m", "espeak-f", "flite-rms", "flite-slt");

  private static final ConcurrentHashMap<String, short[]> CACHE = new ConcurrentHashMap<>();

  private SpeechFixtures() {}

  /** The fixture names: two male-like and two female-like voices, alternating. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * A fixture's 48 kHz samples.
   *
   * @throws IllegalArgumentException if there is no fixture of that name
   */
  public static short[] load(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "expected a speech fixture name, one of " + NAMES + ", found '" + name + "'");
    }
    return CACHE.computeIfAbsent(name, SpeechFixtures::read).clone();
  }

  /** A fixture's 48 kHz samples at full scale ±1.0. */
  public static float[] loadUnit(String name) {
    return Pcm16.toUnit(load(name));
  }

  /**
   * The fixture for publisher {@code index} (0-based): fixture {@code index mod n}, so neighbouring
   * publishers get different voices and any number of publishers is covered.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public static String forPublisher(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("expected a publisher index of 0 or more, found " + index);
    }
    return NAMES.get(index % NAMES.size());
  }

  private static short[] read(String name) {
    String resource = "/speech/" + name + ".wav";
    try (InputStream in = SpeechFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("expected the resource " + resource + ", found none");
      }
      WavAudio audio = WavReader.read(in.readAllBytes());
      WavFormat f = audio.format();
      if (f.sampleRateHz() != WavWriter.SAMPLE_RATE_HZ
          || f.channels() != 1
          || f.bitsPerSample() != 16) {
        throw new IllegalStateException(
            "expected " + resource + " to be 48 kHz mono 16-bit, found " + f);
      }
      return audio.toPcm16();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
