package io.earshot.simulator.measure;

import java.nio.charset.StandardCharsets;

/** Bounds-checked little-endian reads from a byte array, as RIFF stores its fields. */
final class LittleEndian {
  private final byte[] bytes;

  LittleEndian(byte[] bytes) {
    this.bytes = bytes;
  }

  int u8(int at) {
    return bytes[at] & 0xFF;
  }

  int u16(int at) {
    return u8(at) | u8(at + 1) << 8;
  }

  long u32(int at) {
    return (u16(at) | (long) u16(at + 2) << 16) & 0xFFFF_FFFFL;
  }

  /** {@code length} bytes as ISO-8859-1 characters, so every byte maps to one char. */
  String ascii(int at, int length) {
    return new String(bytes, at, length, StandardCharsets.ISO_8859_1);
  }
}
