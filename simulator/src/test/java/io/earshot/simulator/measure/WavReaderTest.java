package io.earshot.simulator.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WavReaderTest {

  @Test
  void readsWhatTheWriterWrote(@TempDir Path dir) throws Exception {
    short[] pcm = {0, 1, -1, 32767, -32768, 1234, -4321};
    Path file = dir.resolve("a.wav");
    WavWriter.write(file, pcm);

    WavAudio audio = WavReader.read(file);

    assertEquals(new WavFormat(WavFormat.Encoding.PCM, 48_000, 1, 16), audio.format());
    assertArrayEquals(pcm, audio.toPcm16());
    assertEquals(44 + 2 * pcm.length, Files.size(file));
  }

  @Test
  void aFileErrorNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("song.ogg");
    Files.write(file, "OggS\0\2\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
    InvalidWavException e = assertThrows(InvalidWavException.class, () -> WavReader.read(file));
    assertEquals(file + ": expected a RIFF header, found 'OggS'", e.getMessage());
  }

  @Test
  void decodesEveryIntegerWidthToTheSameScale() throws Exception {
    WavFiles.Spec s8 = new WavFiles.Spec();
    s8.bits = 8;
    s8.data = new byte[] {(byte) 128, (byte) 192, 64, 0};
    assertArrayEquals(new float[] {0f, 0.5f, -0.5f, -1f}, WavReader.read(s8.build()).mono());

    WavFiles.Spec s24 = new WavFiles.Spec();
    s24.bits = 24;
    s24.data = WavFiles.ints(3, 0x400000, -0x800000, 0);
    assertArrayEquals(new float[] {0.5f, -1f, 0f}, WavReader.read(s24.build()).mono());

    WavFiles.Spec s32 = new WavFiles.Spec();
    s32.bits = 32;
    s32.data = WavFiles.ints(4, 0x40000000L, Integer.MIN_VALUE);
    assertArrayEquals(new float[] {0.5f, -1f}, WavReader.read(s32.build()).mono());

    WavFiles.Spec f32 = new WavFiles.Spec();
    f32.format = 3;
    f32.bits = 32;
    f32.data = WavFiles.floats(0.25f, -0.75f);
    assertArrayEquals(new float[] {0.25f, -0.75f}, WavReader.read(f32.build()).mono());
  }

  @Test
  void mixesChannelsToMono() throws Exception {
    WavFiles.Spec s = new WavFiles.Spec();
    s.channels = 3;
    s.rate = 96_000;
    s.data = WavFiles.ints(2, 16384, 0, -16384, 3000, 3000, 3000);
    WavAudio audio = WavReader.read(s.build());
    assertEquals(2, audio.mono().length);
    assertEquals(0f, audio.mono()[0], 1e-6);
    assertEquals(3000 / 32768f, audio.mono()[1], 1e-6);
    assertEquals(96_000, audio.sampleRateHz());
  }

  @Test
  void readsExtensibleFormatAndSkipsOtherChunks() throws Exception {
    WavFiles.Spec s = new WavFiles.Spec();
    s.extensible = true;
    s.extensibleSubFormat = 3;
    s.bits = 32;
    s.rate = 8_000;
    s.data = WavFiles.floats(0.5f);
    s.extraChunkBeforeFmt = "LIST\u0003\0\0\0abc\0".getBytes(StandardCharsets.ISO_8859_1);
    WavAudio audio = WavReader.read(s.build());
    assertEquals(WavFormat.Encoding.FLOAT, audio.format().encoding());
    assertArrayEquals(new float[] {0.5f}, audio.mono());
  }

  @Test
  void saysWhatKindOfFileItFoundInstead() {
    byte[] ogg = "OggS\0\2\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
    assertMessage(ogg, "expected a RIFF header, found 'OggS'");
    WavFiles.Spec avi = new WavFiles.Spec();
    avi.wave = "AVI ";
    assertMessage(avi.build(), "expected form type 'WAVE', found 'AVI '");
    assertMessage(new byte[5], "expected at least 12 bytes (RIFF header), found 5 bytes");
  }

  @Test
  void aDataChunkLongerThanTheFileIsReportedNotAllocated() {
    WavFiles.Spec s = new WavFiles.Spec();
    s.data = new byte[1234];
    s.dataSize = 1_000_000L;
    s.riffSize = null;
    byte[] file = s.build();
    assertMessage(file, "'data' chunk says 1000000 bytes, file has 1234");

    WavFiles.Spec huge = new WavFiles.Spec();
    huge.dataSize = 0xFFFF_FFF0L;
    assertMessage(huge.build(), "'data' chunk says 4294967280 bytes, file has 0");
  }

  @Test
  void aRiffSizeBeyondTheFileIsReported() {
    WavFiles.Spec s = new WavFiles.Spec();
    s.riffSize = 5_000_000L;
    assertMessage(s.build(), "RIFF header says 5000000 bytes follow it, file has 36");
  }

  @Test
  void inconsistentFormatFieldsAreReported() {
    WavFiles.Spec align = new WavFiles.Spec();
    align.blockAlign = 4;
    assertMessage(
        align.build(), "expected block align 2 for 16000 Hz, 1 channel, 16-bit PCM, found 4");

    WavFiles.Spec rate = new WavFiles.Spec();
    rate.byteRate = 1;
    assertMessage(rate.build(), "expected byte rate 32000");

    WavFiles.Spec mp3 = new WavFiles.Spec();
    mp3.format = 0x55;
    assertMessage(mp3.build(), "found 0x0055");

    WavFiles.Spec bits = new WavFiles.Spec();
    bits.bits = 12;
    assertMessage(bits.build(), "expected 8, 16, 24 or 32 bits per PCM sample, found 12");

    WavFiles.Spec channels = new WavFiles.Spec();
    channels.channels = 9;
    assertMessage(channels.build(), "expected 1 to 8 channels, found 9");

    WavFiles.Spec slow = new WavFiles.Spec();
    slow.rate = 4_000;
    assertMessage(slow.build(), "expected a sample rate from 8000 to 96000 Hz, found 4000 Hz");

    WavFiles.Spec partial = new WavFiles.Spec();
    partial.data = new byte[3];
    assertMessage(partial.build(), "found 3 bytes (1 left over)");

    WavFiles.Spec nan = new WavFiles.Spec();
    nan.format = 3;
    nan.bits = 32;
    nan.data = WavFiles.floats(0f, Float.NaN);
    assertMessage(nan.build(), "expected finite float samples, found NaN in frame 1");
  }

  @Test
  void missingChunksAreReported() {
    byte[] bare = "RIFF\4\0\0\0WAVE".getBytes(StandardCharsets.ISO_8859_1);
    assertMessage(bare, "expected a 'fmt ' and a 'data' chunk, found neither");
  }

  /** Random corruption must end in a message, never a hang, an overflow or an odd exception. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void corruptedFilesFailCleanly(long seed) {
    WavFiles.Spec s = new WavFiles.Spec();
    s.data = new byte[200];
    byte[] good = s.build();
    Random random = new Random(seed);
    for (int trial = 0; trial < 2_000; trial++) {
      byte[] bad = good.clone();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        bad[random.nextInt(44)] = (byte) random.nextInt(256);
      }
      byte[] cut = Arrays.copyOf(bad, random.nextInt(bad.length + 1));
      for (byte[] candidate : new byte[][] {bad, cut}) {
        try {
          WavAudio audio = WavReader.read(candidate);
          assertTrue(audio.mono().length <= candidate.length);
        } catch (InvalidWavException e) {
          assertTrue(
              e.getMessage().startsWith("expected") || e.getMessage().contains(" says "),
              e.getMessage());
        }
      }
    }
  }

  private static void assertMessage(byte[] file, String expected) {
    InvalidWavException e = assertThrows(InvalidWavException.class, () -> WavReader.read(file));
    assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
  }
}
