package io.earshot.netem.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for {@link DeliveryTrace#parse}, the reader of Mahimahi trace files: any text
 * either gives a trace or throws {@link IllegalArgumentException}, never anything else. A trace it
 * returns has non-decreasing times from 0, a loop period in 1 ms..24 h, one opportunity per time
 * and a positive finite average rate. Seeds: {@code DeliveryTraceJazzerTestInputs/parse/}.
 */
class DeliveryTraceJazzerTest {

  @FuzzTest
  void parse(byte[] input) {
    DeliveryTrace trace;
    try {
      trace = DeliveryTrace.parse("fuzz", new String(input, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException expected) {
      assertNotNull(expected.getMessage());
      return;
    }
    long[] millis = trace.millis();
    assertEquals(millis.length, trace.opportunities());
    long previous = 0;
    for (long ms : millis) {
      assertTrue(ms >= previous, "non-decreasing");
      previous = ms;
    }
    assertEquals(previous, trace.periodMillis());
    assertTrue(previous >= 1 && previous <= 86_400_000L);
    double rate = trace.averageBitsPerSecond();
    assertTrue(rate > 0 && Double.isFinite(rate), () -> "rate " + rate);
  }
}
