package io.earshot.simulator.load;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for {@link LoadProfileReader}: any text either gives a profile whose numbers are
 * within the documented limits, or throws {@link IllegalArgumentException} with a message of
 * bounded length; never anything else. Seeds: {@code LoadProfileReaderJazzerTestInputs/read/}.
 * Without {@code -Pfuzz} only the seeds run (as a regression test).
 */
class LoadProfileReaderJazzerTest {
  @FuzzTest
  void read(byte[] input) {
    String yaml = new String(input, StandardCharsets.UTF_8);
    LoadProfile p;
    try {
      p = LoadProfileReader.read(yaml);
    } catch (IllegalArgumentException expected) {
      assertNotNull(expected.getMessage());
      assertTrue(
          expected.getMessage().length() <= 4 * yaml.length() + 2_000,
          "a " + expected.getMessage().length() + "-character message");
      return;
    }
    assertTrue(p.users() >= 2 && p.users() <= LoadProfileReader.MAX_USERS, "users " + p.users());
    assertTrue(!p.duration().isNegative() && !p.duration().isZero(), "duration " + p.duration());
    assertTrue(p.ramp().compareTo(p.duration()) <= 0, "ramp " + p.ramp());
    assertTrue(p.probes() >= 0 && p.probes() <= 1, "probes " + p.probes());
    double shares = p.network().stream().mapToDouble(LoadProfile.NetworkShare::share).sum();
    assertTrue(Math.abs(shares - 1) <= 1e-4, "shares " + shares);
    for (Threshold t : p.thresholds()) {
      assertTrue(Double.isFinite(t.limit()), t.text());
    }
  }
}
