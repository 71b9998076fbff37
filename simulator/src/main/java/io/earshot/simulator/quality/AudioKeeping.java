package io.earshot.simulator.quality;

import java.util.Locale;

/** Which calls' audio a run writes as WAV files ({@code earshot run --audio}). */
public enum AudioKeeping {
  /** Every published stream and every listener's played audio. */
  ALL,
  /** Each scenario's worst listener by measured MOS (the default), and what it listened to. */
  WORST,
  /** No audio files; only 16 kHz copies are kept, for scoring. */
  NONE;

  /** "all", "worst" or "none"; anything else fails naming them. */
  public static AudioKeeping of(String text) {
    for (AudioKeeping k : values()) {
      if (k.name().equalsIgnoreCase(text.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("expected --audio all, worst or none, found '" + text + "'");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
