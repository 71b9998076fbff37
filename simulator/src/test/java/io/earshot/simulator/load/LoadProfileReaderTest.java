package io.earshot.simulator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.TimeMode;
import io.earshot.simulator.load.LoadProfile.Source;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Load profiles read from YAML, and every error names the field, the value and what is expected.
 */
class LoadProfileReaderTest {
  private static final String ROOMS =
      "name: big-room\n"
          + "mode: realtime\n"
          + "seed: 7\n"
          + "duration: 2min\n"
          + "rooms: 1\n"
          + "speakers: 10\n"
          + "listeners: 1000\n"
          + "ramp: 30s\n"
          + "churn: {leave-per-minute: 5%, rejoin-after: 10s}\n"
          + "source: tone\n"
          + "probes: 2%\n"
          + "network:\n"
          + "  - {share: 80%, profile: wifi}\n"
          + "  - {share: 20%, profile: 4g}\n"
          + "thresholds:\n"
          + "  - measured_mos.p5 >= 3.5\n"
          + "  - join_success >= 99.9%\n";

  @Test
  void aTenSpeakerThousandListenerRoomIsExpressible() {
    LoadProfile p = LoadProfileReader.read(ROOMS);
    assertEquals("big-room", p.name());
    assertEquals(TimeMode.REAL_TIME, p.mode());
    assertEquals(7, p.seed());
    assertEquals(Duration.ofMinutes(2), p.duration());
    assertEquals(1010, p.users());
    assertEquals(Duration.ofSeconds(30), p.ramp());
    assertEquals(0.05, p.churn().perMinute(), 1e-12);
    assertEquals(Duration.ofSeconds(10), p.churn().rejoinAfter());
    assertEquals(Source.TONE, p.source());
    assertEquals(0.02, p.probes(), 1e-12);
    assertEquals(2, p.network().size());
    assertEquals("4g", p.network().get(1).profile());
    assertEquals(2, p.thresholds().size());
    assertEquals(0.999, p.thresholds().get(1).limit(), 1e-12);
  }

  @Test
  void defaultsAreASimulatedPerfectSpeechRun() {
    LoadProfile p = LoadProfileReader.read("duration: 10s\n");
    assertEquals(TimeMode.SIMULATED, p.mode());
    assertEquals(1, p.rooms());
    assertEquals(2, p.speakers());
    assertEquals(Source.SPEECH, p.source());
    assertEquals("perfect", p.network().get(0).profile());
    assertEquals(1.0, p.probes());
    assertTrue(p.thresholds().isEmpty());
  }

  private static String error(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> LoadProfileReader.read(yaml))
        .getMessage();
  }

  @Test
  void errorsNameTheFieldTheValueAndWhatIsExpected() {
    assertTrue(error("").contains("duration: required"), error(""));
    assertTrue(
        error("duration: 10s\nroom: 3\n").contains("room: unknown field; known fields here:"));
    assertTrue(
        error("duration: 10s\nrooms: 0\n").contains("rooms: expected a whole number in [1,"));
    assertTrue(
        error("duration: 10s\nspeakers: 1\n").contains("expected 2 to 100000 users per room"));
    assertTrue(
        error("duration: 10s\nrooms: 1000\nspeakers: 10\nlisteners: 100\n")
            .contains("(110000 users)"));
    assertTrue(error("duration: 10s\nramp: 20s\n").contains("ramp: expected a ramp no longer"));
    assertTrue(error("duration: 0s\n").contains("duration: expected a duration above 0"));
    assertTrue(
        error("duration: 10s\nmode: fast\n")
            .contains("expected one of simulated, realtime, found 'fast'"));
    String shares =
        error("duration: 10s\nnetwork: [{share: 50%, profile: wifi}, {share: 40%, profile: 4g}]\n");
    assertTrue(shares.contains("network: expected shares adding up to 100%, found 90.00%"), shares);
    String preset = error("duration: 10s\nnetwork: [{share: 100%, profile: 5g}]\n");
    assertTrue(
        preset.contains("network[0].profile: expected a network preset (")
            && preset.contains("found 5g"),
        preset);
    String threshold = error("duration: 10s\nthresholds: ['measured_mos >= 3.5']\n");
    assertTrue(
        threshold.contains("thresholds[0]: expected a statistic after 'measured_mos.'"), threshold);
    assertTrue(
        error("duration: 10s\nthresholds: [{a: 1}]\n")
            .contains("thresholds[0]: expected a threshold"));
    assertTrue(error("duration: [1, 2]\n").contains("duration"));
    assertTrue(error("- a\n- b\n").contains("expected a mapping of fields, found a list"));
  }

  @Test
  void thresholdsParseEveryFormAndRefuseTheRest() {
    Threshold t = Threshold.parse("latency_ms.p99.9 < 400");
    assertEquals(LoadMetric.LATENCY_MS, t.metric());
    assertEquals("p99.9", t.statistic());
    assertTrue(t.holds(399.9) && !t.holds(400) && !t.holds(Double.NaN));
    assertTrue(Threshold.parse("reported_mos.min>=3").holds(3.0));
    assertTrue(Threshold.parse("break_rate.mean <= 0.5").holds(0.5));
    assertEquals(0.5, Threshold.parse("on_time > 50%").limit());
    String unknown =
        assertThrows(IllegalArgumentException.class, () -> Threshold.parse("mos.p5 >= 3"))
            .getMessage();
    assertTrue(
        unknown.contains("unknown metric 'mos'; metrics: measured_mos, reported_mos"), unknown);
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("latency_ms.p0 < 3"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("latency_ms.p101 < 3"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("latency_ms.median < 3"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("latency_ms.p95 < 3%"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("join_success >= 0.999"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("join_success.p5 >= 99%"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("join_success >= 120%"));
    assertThrows(IllegalArgumentException.class, () -> Threshold.parse("latency_ms.p95 = 3"));
  }
}
