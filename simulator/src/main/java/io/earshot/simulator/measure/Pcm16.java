package io.earshot.simulator.measure;

/** Conversions between 16-bit PCM and the floating-point samples the measurements work on. */
final class Pcm16 {
  /** Full scale: the magnitude of the most negative 16-bit sample. */
  static final double FULL_SCALE = 32768.0;

  private Pcm16() {}

  /** Rounds to the nearest 16-bit value, clipping at the ends of the range. */
  static short toShort(double value) {
    long rounded = Math.round(value);
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
  }

  /** The samples scaled to full scale ±1.0. */
  static float[] toUnit(short[] pcm) {
    float[] out = new float[pcm.length];
    for (int i = 0; i < pcm.length; i++) {
      out[i] = (float) (pcm[i] / FULL_SCALE);
    }
    return out;
  }

  /** Full-scale ±1.0 samples as 16-bit PCM. */
  static short[] fromUnit(float[] samples) {
    short[] out = new short[samples.length];
    for (int i = 0; i < samples.length; i++) {
      out[i] = toShort(samples[i] * FULL_SCALE);
    }
    return out;
  }
}
