package io.earshot.simulator.dsl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.Direction;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.quality.SourceCatalog;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The latency sentences on one measured call (speech from alice; bob plays it, carol plays it 100
 * ms further away, dave plays nothing and publishes silence, which has no latency to measure): they
 * pass when they should, and otherwise fail saying what was expected and what was found.
 */
class QualityDslLatencyTest {
  private static final long SECOND = 1_000_000_000L;
  private static Simulation sim;
  private static QualityDsl quality;

  @BeforeAll
  static void call() {
    sim = Simulation.create(TimeMode.SIMULATED, 42, 1_704_067_200_000L);
    ScenarioDsl dsl = new ScenarioDsl(sim);
    quality = dsl.quality();
    sim.startServer();
    for (String name : new String[] {"alice", "bob", "carol", "dave"}) {
      sim.addUser(name, name);
      dsl.logsIn(name, "room1");
    }
    sim.user("carol").link().setDelay(Direction.DOWNLINK, Duration.ofMillis(100));
    dsl.publishes("alice", "s1", SourceCatalog.speech(0));
    dsl.plays("bob", "s1");
    dsl.plays("carol", "s1");
    dsl.publishes("dave", "quiet", SourceCatalog.silence());
    dsl.plays("bob", "quiet");
    dsl.plays("carol", "quiet");
    dsl.timePasses(10 * SECOND);
  }

  @AfterAll
  static void close() {
    sim.close();
  }

  private static String failure(Runnable sentence) {
    return assertThrows(ScenarioFailure.class, sentence::run).getMessage();
  }

  private static void assertContains(String expected, String message) {
    assertTrue(message.contains(expected), "expected «" + expected + "» in:\n" + message);
  }

  @Test
  void theDifferenceBetweenTwoListenersIsTheExtraDelay() {
    assertDoesNotThrow(
        () -> quality.latencyAboveBetweenOnAverage("alice", "carol", "bob", 98, 102));
    String message =
        failure(() -> quality.latencyAboveBetweenOnAverage("alice", "carol", "bob", 10, 20));
    assertContains(
        "expected the mouth-to-ear latency of \"s1\" at \"carol\" from \"alice\" to be between 10.0"
            + " ms and 20.0 ms more than \"bob\"'s on average, found 100.0 ms more (166.4 ms against"
            + " 66.4 ms)",
        message);
  }

  @Test
  void silenceHasNoLatencyToCompare() {
    assertContains(
        "expected a measured latency of \"quiet\" at \"bob\", found none",
        failure(() -> quality.latencyAboveBetweenOnAverage("dave", "carol", "bob", 98, 102)));
  }

  @Test
  void aListenerThatPlaysNothingCannotBeComparedWith() {
    assertContains(
        "expected \"dave\" to play a stream \"alice\" published, found none",
        failure(() -> quality.latencyAboveBetweenOnAverage("alice", "carol", "dave", 98, 102)));
  }

  @Test
  void theMeanAndPercentileSentencesSayWhatTheyFound() {
    assertDoesNotThrow(() -> quality.latencyBetweenOnAverage("alice", "bob", 60, 75));
    assertContains(
        "to be between 10.0 ms and 20.0 ms on average, found 6",
        failure(() -> quality.latencyBetweenOnAverage("alice", "bob", 10, 20)));
    assertContains(
        "to be below 10.0 ms at the 95th percentile, found 16",
        failure(() -> quality.latencyBelowAtPercentile("alice", "carol", 10, 95)));
  }
}
