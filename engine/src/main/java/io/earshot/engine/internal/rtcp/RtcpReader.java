package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cursor over one RTCP packet body whose every read is bounds-checked, so that a lying count or
 * length becomes a {@link MalformedPacketException} naming what was being read, never an index
 * exception. Reads never allocate more than the bytes that are actually there.
 */
final class RtcpReader {
  private final byte[] data;
  private final int end;
  private final String packetName;
  private int pos;

  RtcpReader(byte[] data, int start, int end, String packetName) {
    this.data = data;
    this.pos = start;
    this.end = end;
    this.packetName = packetName;
  }

  int remaining() {
    return end - pos;
  }

  /** Fails unless {@code n} more bytes are there for {@code what}. */
  void require(int n, String what) throws MalformedPacketException {
    if (n > remaining()) {
      throw malformed("expected " + n + " bytes for " + what + ", found " + remaining());
    }
  }

  int u8(String what) throws MalformedPacketException {
    require(1, what);
    return data[pos++] & 0xFF;
  }

  int u16(String what) throws MalformedPacketException {
    require(2, what);
    int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
    pos += 2;
    return v;
  }

  long u32(String what) throws MalformedPacketException {
    require(4, what);
    long v =
        ((long) (data[pos] & 0xFF) << 24)
            | ((data[pos + 1] & 0xFF) << 16)
            | ((data[pos + 2] & 0xFF) << 8)
            | (data[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  long u64(String what) throws MalformedPacketException {
    require(8, what);
    return (u32(what) << 32) | u32(what);
  }

  /** Signed 24-bit two's complement, as the cumulative-lost field. */
  int s24(String what) throws MalformedPacketException {
    require(3, what);
    int v = (u8(what) << 16) | u16(what);
    return (v << 8) >> 8;
  }

  byte[] bytes(int n, String what) throws MalformedPacketException {
    require(n, what);
    byte[] out = Arrays.copyOfRange(data, pos, pos + n);
    pos += n;
    return out;
  }

  /**
   * Reads {@code n} bytes of strict UTF-8. Replacement characters are refused because they would
   * change the text's length and so its round trip through a one-byte length field.
   */
  String utf8(int n, String what) throws MalformedPacketException {
    byte[] text = bytes(n, what);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(text))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed("expected UTF-8 text for " + what + ", found invalid bytes");
    }
  }

  void skip(int n, String what) throws MalformedPacketException {
    require(n, what);
    pos += n;
  }

  /** Fails if bytes are left that the packet's counts do not account for. */
  void requireEnd(String afterWhat) throws MalformedPacketException {
    if (remaining() != 0) {
      throw malformed(
          "expected the packet to end after "
              + afterWhat
              + ", found "
              + remaining()
              + " more bytes");
    }
  }

  MalformedPacketException malformed(String message) {
    return new MalformedPacketException(packetName + ": " + message);
  }
}
