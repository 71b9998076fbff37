package io.earshot.simulator.measure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads RIFF/WAVE files: integer PCM of 8, 16, 24 or 32 bits and 32-bit IEEE float (plain or
 * WAVE_FORMAT_EXTENSIBLE), 8 to 96 kHz, 1 to 8 channels, mixed to mono.
 *
 * <p>Every header field is checked against the others and against the file's length before anything
 * is allocated, so a hostile or truncated file fails with a message that says what was expected and
 * what was found, never with an unbounded allocation or a loop that does not end: every chunk size
 * is capped by the bytes that remain, and the chunk walk advances at least 8 bytes per step.
 */
public final class WavReader {

  /** Largest file accepted: about 45 minutes of 48 kHz stereo 16-bit audio. */
  public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  /** Lowest accepted sample rate. */
  public static final int MIN_SAMPLE_RATE_HZ = 8_000;

  /** Highest accepted sample rate. */
  public static final int MAX_SAMPLE_RATE_HZ = 96_000;

  /** Most channels accepted. */
  public static final int MAX_CHANNELS = 8;

  private static final int FORMAT_PCM = 0x0001;
  private static final int FORMAT_FLOAT = 0x0003;
  private static final int FORMAT_EXTENSIBLE = 0xFFFE;

  private WavReader() {}

  /**
   * Reads a WAV file.
   *
   * @throws InvalidWavException if the file is not a WAV file this reader supports
   * @throws IOException if the file cannot be read
   */
  public static WavAudio read(Path path) throws IOException {
    byte[] bytes;
    // Read with a cap rather than trusting the size the file system reports: a device or a pipe
    // reports 0 and never ends.
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new InvalidWavException(
          path + ": expected a WAV file of at most " + MAX_FILE_BYTES + " bytes, found more");
    }
    try {
      return read(bytes);
    } catch (InvalidWavException e) {
      throw new InvalidWavException(path + ": " + e.getMessage());
    }
  }

  /**
   * Reads a WAV file held in memory.
   *
   * @throws InvalidWavException if the bytes are not a WAV file this reader supports
   */
  public static WavAudio read(byte[] file) throws InvalidWavException {
    LittleEndian in = new LittleEndian(file);
    if (file.length < 12) {
      throw new InvalidWavException(
          "expected at least 12 bytes (RIFF header), found " + file.length + " bytes");
    }
    expectTag(in, 0, "RIFF", "a RIFF header");
    long riffSize = in.u32(4);
    if (riffSize > file.length - 8L) {
      throw new InvalidWavException(
          "RIFF header says " + riffSize + " bytes follow it, file has " + (file.length - 8));
    }
    expectTag(in, 8, "WAVE", "form type 'WAVE'");
    long end = 8 + riffSize;
    WavFormat format = null;
    for (long offset = 12; offset < end; ) {
      if (end - offset < 8) {
        throw new InvalidWavException(
            "expected an 8-byte chunk header at byte "
                + offset
                + ", found "
                + (end - offset)
                + " bytes before the end of the RIFF chunk");
      }
      String id = chunkId(in, (int) offset);
      long size = in.u32((int) offset + 4);
      long body = offset + 8;
      if (size > end - body) {
        throw new InvalidWavException(
            "'" + id.trim() + "' chunk says " + size + " bytes, file has " + (end - body));
      }
      if (id.equals("fmt ")) {
        if (format != null) {
          throw new InvalidWavException("expected one 'fmt ' chunk, found a second at " + offset);
        }
        format = parseFormat(in, (int) body, (int) size);
      } else if (id.equals("data")) {
        if (format == null) {
          throw new InvalidWavException(
              "expected the 'fmt ' chunk before the 'data' chunk, found 'data' first");
        }
        return new WavAudio(format, WavSampleDecoder.decode(file, (int) body, (int) size, format));
      }
      offset = body + size + (size & 1);
    }
    throw new InvalidWavException(
        format == null
            ? "expected a 'fmt ' and a 'data' chunk, found neither"
            : "expected a 'data' chunk, found none");
  }

  private static WavFormat parseFormat(LittleEndian in, int at, int size)
      throws InvalidWavException {
    if (size < 16) {
      throw new InvalidWavException("expected a 'fmt ' chunk of at least 16 bytes, found " + size);
    }
    int tag = in.u16(at);
    int channels = in.u16(at + 2);
    long rate = in.u32(at + 4);
    long byteRate = in.u32(at + 8);
    int blockAlign = in.u16(at + 12);
    int bits = in.u16(at + 14);
    if (tag == FORMAT_EXTENSIBLE) {
      tag = extensibleSubFormat(in, at, size, bits);
    }
    WavFormat.Encoding encoding;
    if (tag == FORMAT_PCM) {
      encoding = WavFormat.Encoding.PCM;
      if (bits != 8 && bits != 16 && bits != 24 && bits != 32) {
        throw new InvalidWavException(
            "expected 8, 16, 24 or 32 bits per PCM sample, found " + bits);
      }
    } else if (tag == FORMAT_FLOAT) {
      encoding = WavFormat.Encoding.FLOAT;
      if (bits != 32) {
        throw new InvalidWavException("expected 32 bits per float sample, found " + bits);
      }
    } else {
      throw new InvalidWavException(
          String.format(
              Locale.ROOT,
              "expected format PCM (0x0001), IEEE float (0x0003) or extensible (0xFFFE), found"
                  + " 0x%04X",
              tag));
    }
    if (channels < 1 || channels > MAX_CHANNELS) {
      throw new InvalidWavException(
          "expected 1 to " + MAX_CHANNELS + " channels, found " + channels);
    }
    if (rate < MIN_SAMPLE_RATE_HZ || rate > MAX_SAMPLE_RATE_HZ) {
      throw new InvalidWavException(
          "expected a sample rate from "
              + MIN_SAMPLE_RATE_HZ
              + " to "
              + MAX_SAMPLE_RATE_HZ
              + " Hz, found "
              + rate
              + " Hz");
    }
    WavFormat format = new WavFormat(encoding, (int) rate, channels, bits);
    if (blockAlign != format.blockAlign()) {
      throw new InvalidWavException(
          "expected block align "
              + format.blockAlign()
              + " for "
              + format
              + ", found "
              + blockAlign);
    }
    if (byteRate != rate * blockAlign) {
      throw new InvalidWavException(
          "expected byte rate " + rate * blockAlign + " for " + format + ", found " + byteRate);
    }
    return format;
  }

  /** WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID. */
  private static int extensibleSubFormat(LittleEndian in, int at, int size, int bits)
      throws InvalidWavException {
    if (size < 40 || in.u16(at + 16) < 22) {
      throw new InvalidWavException(
          "expected an extensible 'fmt ' chunk of 40 bytes with a 22-byte extension, found "
              + size
              + " bytes");
    }
    int validBits = in.u16(at + 18);
    if (validBits == 0 || validBits > bits) {
      throw new InvalidWavException(
          "expected 1 to " + bits + " valid bits per sample, found " + validBits);
    }
    // The remaining 14 bytes of the GUID are the fixed KSDATAFORMAT suffix.
    byte[] suffix = {
      0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71
    };
    for (int i = 0; i < suffix.length; i++) {
      if (in.u8(at + 26 + i) != (suffix[i] & 0xFF)) {
        throw new InvalidWavException(
            "expected a KSDATAFORMAT sub-format GUID in the extensible 'fmt ' chunk, found another"
                + " GUID");
      }
    }
    return in.u16(at + 24);
  }

  private static void expectTag(LittleEndian in, int at, String tag, String what)
      throws InvalidWavException {
    String found = in.ascii(at, 4);
    if (!found.equals(tag)) {
      throw new InvalidWavException("expected " + what + ", found " + quote(found));
    }
  }

  private static String chunkId(LittleEndian in, int at) throws InvalidWavException {
    String id = in.ascii(at, 4);
    for (int i = 0; i < 4; i++) {
      char c = id.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new InvalidWavException(
            "expected a chunk id of 4 printable ASCII characters at byte "
                + at
                + ", found "
                + quote(id));
      }
    }
    return id;
  }

  /** Printable characters quoted as they are, anything else as hex, so messages stay readable. */
  static String quote(String raw) {
    StringBuilder out = new StringBuilder("'");
    for (char c : raw.toCharArray()) {
      if (c >= 0x20 && c <= 0x7E) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      }
    }
    return out.append('\'').toString();
  }
}
