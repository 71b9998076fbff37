package io.earshot.simulator.measure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes mono 16-bit PCM WAV files, by default at Earshot's 48 kHz, with the canonical 44-byte
 * header (no extra chunks), e.g. to keep what a listener heard next to a failed scenario.
 */
public final class WavWriter {
  /** The rate Earshot's media path uses. */
  public static final int SAMPLE_RATE_HZ = 48_000;

  private static final int HEADER_BYTES = 44;

  private WavWriter() {}

  /**
   * Writes 48 kHz mono 16-bit PCM to {@code path}, replacing it.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Path path, short[] pcm48k) throws IOException {
    Files.write(path, toBytes(pcm48k, SAMPLE_RATE_HZ));
  }

  /**
   * The bytes of a mono 16-bit PCM WAV file.
   *
   * @param sampleRateHz from {@link WavReader#MIN_SAMPLE_RATE_HZ} to {@link
   *     WavReader#MAX_SAMPLE_RATE_HZ}
   * @throws IllegalArgumentException if the rate is out of range or the data would not fit a RIFF
   *     file
   */
  public static byte[] toBytes(short[] pcm, int sampleRateHz) {
    if (sampleRateHz < WavReader.MIN_SAMPLE_RATE_HZ
        || sampleRateHz > WavReader.MAX_SAMPLE_RATE_HZ) {
      throw new IllegalArgumentException(
          "expected a sample rate from "
              + WavReader.MIN_SAMPLE_RATE_HZ
              + " to "
              + WavReader.MAX_SAMPLE_RATE_HZ
              + " Hz, found "
              + sampleRateHz);
    }
    long dataBytes = 2L * pcm.length;
    if (dataBytes > Integer.MAX_VALUE - HEADER_BYTES) {
      throw new IllegalArgumentException(
          "expected at most "
              + (Integer.MAX_VALUE - HEADER_BYTES) / 2
              + " samples, found "
              + pcm.length);
    }
    ByteBuffer out =
        ByteBuffer.allocate(HEADER_BYTES + (int) dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    out.put("RIFF".getBytes(StandardCharsets.US_ASCII));
    out.putInt(HEADER_BYTES - 8 + (int) dataBytes);
    out.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
    out.putInt(16);
    out.putShort((short) 1); // PCM
    out.putShort((short) 1); // mono
    out.putInt(sampleRateHz);
    out.putInt(sampleRateHz * 2);
    out.putShort((short) 2);
    out.putShort((short) 16);
    out.put("data".getBytes(StandardCharsets.US_ASCII));
    out.putInt((int) dataBytes);
    for (short s : pcm) {
      out.putShort(s);
    }
    return out.array();
  }
}
