package io.earshot.engine.internal.rtcp;

import java.util.Arrays;

/** A growable big-endian byte sink for encoding; lengths are patched in once a body is written. */
final class RtcpWriter {
  private byte[] buf = new byte[128];
  private int size;

  int size() {
    return size;
  }

  RtcpWriter u8(int v) {
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  RtcpWriter u16(int v) {
    ensure(2);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
    return this;
  }

  RtcpWriter u24(int v) {
    return u8(v >>> 16).u16(v & 0xFFFF);
  }

  RtcpWriter u32(long v) {
    ensure(4);
    buf[size++] = (byte) (v >>> 24);
    buf[size++] = (byte) (v >>> 16);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
    return this;
  }

  RtcpWriter u64(long v) {
    return u32(v >>> 32).u32(v & RtcpFields.MAX_UNSIGNED_32);
  }

  RtcpWriter bytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
    return this;
  }

  /** Writes zero bytes until the size is a multiple of 4. */
  RtcpWriter padToWord() {
    while (size % 4 != 0) {
      u8(0);
    }
    return this;
  }

  void patchU16(int at, int v) {
    buf[at] = (byte) (v >>> 8);
    buf[at + 1] = (byte) v;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int n) {
    if (size + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }
  }
}
