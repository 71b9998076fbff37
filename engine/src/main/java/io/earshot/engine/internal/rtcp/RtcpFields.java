package io.earshot.engine.internal.rtcp;

import java.nio.charset.StandardCharsets;

/** Range checks shared by the packet records, so each wire width has one rule and one message. */
final class RtcpFields {
  static final long MAX_UNSIGNED_32 = 0xFFFF_FFFFL;

  /** Most entries a 5-bit count field can announce. */
  static final int MAX_COUNT = 31;

  private RtcpFields() {}

  static long unsigned32(long value, String name) {
    if (value < 0 || value > MAX_UNSIGNED_32) {
      throw new IllegalArgumentException(name + " must be in 0..2^32-1, was " + value);
    }
    return value;
  }

  static int unsigned16(int value, String name) {
    return inRange(value, 0, 0xFFFF, name);
  }

  static int inRange(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  static int count(int size, String what) {
    if (size > MAX_COUNT) {
      throw new IllegalArgumentException(
          "at most " + MAX_COUNT + " " + what + " fit a 5-bit count, was " + size);
    }
    return size;
  }

  /** A text item of SDES or BYE: its UTF-8 form has a one-byte length. */
  static String shortText(String text, String name) {
    if (text == null) {
      throw new IllegalArgumentException(name + " must not be null (use \"\" for none)");
    }
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > 255) {
      throw new IllegalArgumentException(
          name + " must be at most 255 UTF-8 bytes, was " + bytes + " bytes");
    }
    return text;
  }
}
