package io.earshot.simulator.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.engine.EngineState;
import io.earshot.engine.events.EngineEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scenario events land between exactly the callbacks that came before them. */
class InterleavedTimelineTest {
  private static CallbackEvent start(long atMillis) {
    return new CallbackEvent(
        atMillis * 1_000_000, new EngineEvent.EngineStateUpdate(EngineState.START));
  }

  private static ScenarioEvent counted(long atMillis, String user, String text, int before) {
    return new ScenarioEvent(
        atMillis * 1_000_000, ScenarioEvent.Kind.NETWORK, user, text, Map.of("alice", before));
  }

  @Test
  void aCountedEventGoesAfterTheCallbacksItFollowedEvenAtTheSameInstant() {
    List<CallbackEvent> callbacks = List.of(start(0), start(0), start(5000), start(5000));
    List<ScenarioEvent> events =
        List.of(
            counted(0, ScenarioEventLog.EVERY_USER, "When \"alice\" logs in", 0),
            counted(5000, "alice", "network of \"alice\" goes down for 10 s", 2));
    String text = InterleavedTimeline.render("alice", callbacks, events, 10_000_000_000L);
    assertEquals(
        "# timeline of alice (callbacks and scenario events)\n"
            + "    0.000 s  When \"alice\" logs in\n"
            + "    0.000 s  onEngineStateUpdate START\n"
            + "    0.000 s  onEngineStateUpdate START\n"
            + "    5.000 s  network of \"alice\" goes down for 10 s\n"
            + "    5.000 s  onEngineStateUpdate START\n"
            + "    5.000 s  onEngineStateUpdate START\n",
        text);
  }

  @Test
  void aUserThatDidNotExistYetHadNoCallbacksSoTheEventComesFirst() {
    ScenarioEvent step =
        new ScenarioEvent(
            0, ScenarioEvent.Kind.STEP, "", "Given the reference server is running", Map.of());
    String text = InterleavedTimeline.render("alice", List.of(start(0)), List.of(step), 1);
    assertEquals(
        List.of(
            "    0.000 s  Given the reference server is running",
            "    0.000 s  onEngineStateUpdate START"),
        text.lines().skip(1).toList());
  }

  @Test
  void anEventPlacedByTimeGoesBeforeTheFirstLaterCallbackAndLaterOnesAreLeftOut() {
    ScenarioEvent byTime =
        new ScenarioEvent(2_000_000_000L, ScenarioEvent.Kind.NOTE, "", "note", null);
    ScenarioEvent future =
        new ScenarioEvent(9_000_000_000L, ScenarioEvent.Kind.NOTE, "", "later", null);
    String text =
        InterleavedTimeline.render(
            "alice", List.of(start(1000), start(3000)), List.of(byTime, future), 5_000_000_000L);
    assertEquals(
        List.of(
            "    1.000 s  onEngineStateUpdate START",
            "    2.000 s  note",
            "    3.000 s  onEngineStateUpdate START"),
        text.lines().skip(1).toList());
  }
}
