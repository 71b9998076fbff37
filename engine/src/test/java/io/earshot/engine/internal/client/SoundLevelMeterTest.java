package io.earshot.engine.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The sound-level formula of contract §3.6 and the VAD threshold. */
class SoundLevelMeterTest {
  private static short[] sine(double amplitude) {
    short[] frame = new short[960];
    for (int i = 0; i < frame.length; i++) {
      frame[i] = (short) Math.round(amplitude * 32768 * Math.sin(2 * Math.PI * i / 48));
    }
    return frame;
  }

  @Test
  void halfScaleSineIs90Point97() {
    SoundLevelMeter meter = new SoundLevelMeter();
    meter.add(sine(0.5));
    meter.add(sine(0.5));
    assertEquals(20 * Math.log10(0.5 / Math.sqrt(2)) + 100, meter.takeLevel(), 0.01);
    assertEquals(90.97, 20 * Math.log10(0.5 / Math.sqrt(2)) + 100, 0.005);
  }

  @Test
  void silenceAndNoSamplesAreZeroAndTakingStartsANewInterval() {
    SoundLevelMeter meter = new SoundLevelMeter();
    assertEquals(0.0, meter.takeLevel(), "no samples");
    meter.add(new short[960]);
    assertEquals(0.0, meter.takeLevel(), "digital silence");
    meter.add(sine(0.5));
    meter.takeLevel();
    assertEquals(0.0, meter.takeLevel(), "the previous interval's samples are gone");
  }

  @Test
  void theLevelIsClampedTo0And100() {
    short[] fullScale = new short[960];
    Arrays.fill(fullScale, Short.MIN_VALUE);
    SoundLevelMeter meter = new SoundLevelMeter();
    meter.add(fullScale);
    assertEquals(100.0, meter.takeLevel(), 1e-9, "a full-scale square wave: rms 1");
    assertEquals(0.0, SoundLevelMeter.level(1e-12, 960), "−130 dBFS clamps to 0");
    assertEquals(0.0, SoundLevelMeter.level(Double.NaN, 960));
    assertEquals(
        40.0, SoundLevelMeter.level(1e-6 * 960, 960), 1e-9, "rms 0.001 is −60 dBFS, level 40");
  }

  @Test
  void halfTheSamplesSilentLowersTheLevelBy3Db() {
    SoundLevelMeter meter = new SoundLevelMeter();
    meter.add(sine(0.5));
    meter.add(new short[960]);
    assertEquals(
        20 * Math.log10(0.5 / Math.sqrt(2)) + 100 - 10 * Math.log10(2), meter.takeLevel(), 0.01);
  }

  @Test
  void voiceActivityIsAnEnergyThresholdAtLevel60() {
    assertEquals(1, SoundLevelMeter.voiceActivity(60.0));
    assertEquals(1, SoundLevelMeter.voiceActivity(90.97));
    assertEquals(0, SoundLevelMeter.voiceActivity(59.99));
    assertEquals(0, SoundLevelMeter.voiceActivity(0.0));
  }
}
