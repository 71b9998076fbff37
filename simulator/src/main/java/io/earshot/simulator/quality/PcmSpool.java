package io.earshot.simulator.quality;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The 48 kHz samples of one track, spooled to a file so that a crowd's audio does not have to fit
 * in memory (96 kB per second of audio per track). Only made when audio files were asked for.
 */
final class PcmSpool implements AutoCloseable {
  private final Path file;
  private final DataOutputStream out;
  private long samples;

  PcmSpool(Path folder, String name) {
    try {
      Files.createDirectories(folder);
      file = Files.createTempFile(folder, "track-", ".pcm");
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool the audio of " + name + " to " + folder, e);
    }
  }

  void write(short[] samples, int from, int length) {
    try {
      for (int i = 0; i < length; i++) {
        out.writeShort(samples[from + i]);
      }
      this.samples += length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool audio to " + file, e);
    }
  }

  void writeSilence(long count) {
    try {
      for (long i = 0; i < count; i++) {
        out.writeShort(0);
      }
      samples += count;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool audio to " + file, e);
    }
  }

  /** Everything spooled so far. */
  short[] readAll() {
    try {
      out.flush();
      short[] pcm = new short[Math.toIntExact(samples)];
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        for (int i = 0; i < pcm.length; i++) {
          pcm[i] = in.readShort();
        }
      }
      return pcm;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spooled audio " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the spooled audio " + file, e);
    }
  }
}
