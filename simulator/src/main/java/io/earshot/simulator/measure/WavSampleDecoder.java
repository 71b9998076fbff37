package io.earshot.simulator.measure;

/** Decodes the interleaved samples of a WAV 'data' chunk into one mono channel. */
final class WavSampleDecoder {
  private WavSampleDecoder() {}

  /**
   * @param file the whole file
   * @param at first byte of the chunk body
   * @param size chunk body size, already checked against the file's length
   * @throws InvalidWavException if the size is not whole frames or a float sample is not finite
   */
  static float[] decode(byte[] file, int at, int size, WavFormat format)
      throws InvalidWavException {
    int block = format.blockAlign();
    if (size % block != 0) {
      throw new InvalidWavException(
          "expected the 'data' chunk to hold whole "
              + block
              + "-byte frames for "
              + format
              + ", found "
              + size
              + " bytes ("
              + size % block
              + " left over)");
    }
    int frames = size / block;
    int channels = format.channels();
    int bytesPerSample = format.bitsPerSample() / 8;
    boolean isFloat = format.encoding() == WavFormat.Encoding.FLOAT;
    float[] mono = new float[frames];
    int p = at;
    for (int f = 0; f < frames; f++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        double sample = isFloat ? floatSample(file, p, f) : intSample(file, p, bytesPerSample);
        sum += sample;
        p += bytesPerSample;
      }
      mono[f] = (float) (sum / channels);
    }
    return mono;
  }

  private static double intSample(byte[] b, int p, int bytes) {
    switch (bytes) {
      case 1:
        return ((b[p] & 0xFF) - 128) / 128.0; // 8-bit WAV is unsigned, centred on 128
      case 2:
        return (short) ((b[p] & 0xFF) | b[p + 1] << 8) / 32768.0;
      case 3:
        return ((b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | b[p + 2] << 16) / 8388608.0;
      default:
        return ((b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | b[p + 3] << 24)
            / 2147483648.0;
    }
  }

  private static double floatSample(byte[] b, int p, int frame) throws InvalidWavException {
    int bits = (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | b[p + 3] << 24;
    float value = Float.intBitsToFloat(bits);
    if (!Float.isFinite(value)) {
      throw new InvalidWavException(
          "expected finite float samples, found " + value + " in frame " + frame);
    }
    return value;
  }
}
