package io.earshot.reports.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.audio.PcmTrack;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** The WAV files parse as 48 kHz mono 16-bit PCM with every sample, and the page plays them. */
class WavWriterTest {
  @Test
  void javaSoundReadsBackTheFormatAndTheSamples() throws Exception {
    short[] samples = new short[4800];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (Math.sin(2 * Math.PI * 440 * i / 48_000.0) * 8000);
    }
    byte[] wav = WavWriter.wav(samples, WavWriter.MONO_48K);
    assertEquals(44 + 2 * samples.length, wav.length);
    try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
      AudioFormat f = in.getFormat();
      assertEquals(AudioFormat.Encoding.PCM_SIGNED, f.getEncoding());
      assertEquals(48_000f, f.getSampleRate());
      assertEquals(1, f.getChannels());
      assertEquals(16, f.getSampleSizeInBits());
      assertEquals(false, f.isBigEndian());
      assertEquals(samples.length, in.getFrameLength());
      byte[] data = in.readAllBytes();
      assertEquals(samples[100], (short) ((data[201] << 8) | (data[200] & 0xFF)));
    }
  }

  @Test
  void thePlayerPageHasAnAudioElementPerClipWithTheWavInline() {
    AudioClip clip = new AudioClip("bob played s1 <2>", new PcmTrack(0, new short[480]));
    String html = AudioPlayerPage.html(List.of(clip, clip));
    assertEquals(2, html.split("<audio controls", -1).length - 1);
    assertTrue(html.contains("src=\"data:audio/wav;base64,UklGR"), html);
    assertTrue(html.contains("bob played s1 &lt;2&gt;"), html);
  }
}
