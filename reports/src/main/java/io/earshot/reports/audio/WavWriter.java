package io.earshot.reports.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes PCM as a WAV file (RIFF, PCM format 1, 16-bit little-endian), the format every browser's
 * audio element plays. Earshot's audio is 48 kHz mono ({@link #MONO_48K}).
 */
public final class WavWriter {
  /** Earshot's one audio format. */
  public static final int MONO_48K = 48_000;

  private static final int HEADER_BYTES = 44;

  private WavWriter() {}

  /** A complete WAV file of {@code samples}, mono, at {@code sampleRateHz}. */
  public static byte[] wav(short[] samples, int sampleRateHz) {
    if (sampleRateHz < 1) {
      throw new IllegalArgumentException("sample rate must be positive, found " + sampleRateHz);
    }
    int dataBytes = samples.length * 2;
    ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
    b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1);
    b.putInt(sampleRateHz).putInt(sampleRateHz * 2).putShort((short) 2).putShort((short) 16);
    b.put(ascii("data")).putInt(dataBytes);
    for (short s : samples) {
      b.putShort(s);
    }
    return b.array();
  }

  private static byte[] ascii(String tag) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4);
    for (char c : tag.toCharArray()) {
      out.write(c);
    }
    return out.toByteArray();
  }
}
