package io.earshot.engine.internal.client;

/**
 * The decoder side of a played stream's WebRTC inbound statistics (quality-metrics §2) and the
 * engine's own counts: decoded, FEC-recovered and concealed frames, the concealment runs, the
 * residual loss runs, and the energy of what was rendered. Cumulative; intervals are differences.
 */
final class DecodeStats {
  static final int SAMPLES = 960;

  long rendered;
  long decoded;
  long fecRecovered;
  long concealed;
  long silentConcealed;
  long concealmentEvents;
  long corrupt;
  double totalAudioEnergy;
  boolean lastConcealed;

  /**
   * Counts a rendered frame ({@code concealedFrame}: synthesised rather than decoded); returns its
   * mean square, full scale 1 (for the quiet-frame test).
   */
  double onRendered(short[] pcm, boolean concealedFrame) {
    rendered++;
    // An exact integer sum (at most 960 · 2^30, far below 2^63), which the JIT vectorises where a
    // floating-point sum must go sample by sample; it runs for every played frame.
    long sumOfSquares = 0;
    for (short s : pcm) {
      sumOfSquares += s * s;
    }
    double energy = sumOfSquares / (32768.0 * 32768.0);
    totalAudioEnergy += energy / 48_000.0;
    if (concealedFrame) {
      concealed++;
      if (energy / pcm.length < 1e-6) { // below -60 dBov
        silentConcealed++;
      }
      if (!lastConcealed) {
        concealmentEvents++;
      }
    }
    lastConcealed = concealedFrame;
    return energy / pcm.length;
  }

  long totalSamplesReceived() {
    return rendered * SAMPLES;
  }

  long concealedSamples() {
    return concealed * SAMPLES;
  }
}
