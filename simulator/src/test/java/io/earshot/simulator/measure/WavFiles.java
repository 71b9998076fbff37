package io.earshot.simulator.measure;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds WAV byte images for the reader's tests, including broken ones. */
final class WavFiles {
  private WavFiles() {}

  /** A header-only description, every field settable so tests can break one at a time. */
  static final class Spec {
    String riff = "RIFF";
    String wave = "WAVE";
    int format = 1;
    int channels = 1;
    int rate = 16_000;
    int bits = 16;
    Integer blockAlign;
    Integer byteRate;
    Long riffSize;
    Long dataSize;
    byte[] data = new byte[0];
    byte[] extraChunkBeforeFmt;
    boolean extensible;
    int extensibleSubFormat = 1;

    byte[] build() {
      int align = blockAlign != null ? blockAlign : channels * bits / 8;
      long rateBytes = byteRate != null ? byteRate : (long) rate * align;
      ByteBuffer fmt = ByteBuffer.allocate(extensible ? 40 : 16).order(ByteOrder.LITTLE_ENDIAN);
      fmt.putShort((short) (extensible ? 0xFFFE : format));
      fmt.putShort((short) channels);
      fmt.putInt(rate);
      fmt.putInt((int) rateBytes);
      fmt.putShort((short) align);
      fmt.putShort((short) bits);
      if (extensible) {
        fmt.putShort((short) 22);
        fmt.putShort((short) bits);
        fmt.putInt(channels == 1 ? 4 : 3);
        fmt.putShort((short) extensibleSubFormat);
        fmt.put(
            new byte[] {
              0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71
            });
      }
      byte[] extra = extraChunkBeforeFmt == null ? new byte[0] : extraChunkBeforeFmt;
      int total = 12 + extra.length + 8 + fmt.capacity() + 8 + data.length + (data.length & 1);
      ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
      out.put(riff.getBytes(StandardCharsets.ISO_8859_1));
      out.putInt((int) (riffSize != null ? riffSize : total - 8));
      out.put(wave.getBytes(StandardCharsets.ISO_8859_1));
      out.put(extra);
      out.put("fmt ".getBytes(StandardCharsets.US_ASCII));
      out.putInt(fmt.capacity());
      out.put(fmt.array());
      out.put("data".getBytes(StandardCharsets.US_ASCII));
      out.putInt((int) (dataSize != null ? dataSize : data.length));
      out.put(data);
      return out.array();
    }
  }

  /** Little-endian integer samples of {@code bytes} bytes each. */
  static byte[] ints(int bytes, long... samples) {
    ByteBuffer b = ByteBuffer.allocate(samples.length * bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (long s : samples) {
      for (int i = 0; i < bytes; i++) {
        b.put((byte) (s >> (8 * i)));
      }
    }
    return b.array();
  }

  /** Little-endian 32-bit floats. */
  static byte[] floats(float... samples) {
    ByteBuffer b = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float s : samples) {
      b.putFloat(s);
    }
    return b.array();
  }
}
