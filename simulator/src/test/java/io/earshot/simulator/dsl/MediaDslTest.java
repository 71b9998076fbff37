package io.earshot.simulator.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.dsl.MediaDsl.Comparison;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The media sentences in simulated time: they pass when they should and fail with a message
 * otherwise.
 */
class MediaDslTest {
  private static final long SECOND = 1_000_000_000L;

  private Simulation sim;
  private ScenarioDsl dsl;
  private MediaDsl media;

  @BeforeEach
  void call() {
    sim = Simulation.create(TimeMode.SIMULATED, 42, 1_704_067_200_000L);
    dsl = new ScenarioDsl(sim);
    media = dsl.media();
    sim.addUser("alice", "alice");
    sim.addUser("bob", "bob");
    dsl.logsIn("alice", "room1");
    dsl.logsIn("bob", "room1");
    dsl.publishesTone("alice", "s1", 440);
    dsl.plays("bob", "s1");
    dsl.hearsWithin("bob", "s1", 2 * SECOND);
  }

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void hearsNothingPassesAfterAMuteAndWaitsForItsWindow() {
    media.mutesMicrophone("alice", true);
    long action = sim.lastActionNanos();
    dsl.receivesWithin("bob", ExpectedCallback.of("onRemoteMicStateUpdate", "s1 MUTE"), 2 * SECOND);
    media.hearsNothingFrom("bob", "s1");
    assertTrue(
        sim.clock().nowNanos()
            >= action + MediaDsl.SILENCE_GRACE_NANOS + MediaDsl.SILENCE_WINDOW_NANOS);
    dsl.neverReceives("alice", ExpectedCallback.of("onRemoteMicStateUpdate", ""));
  }

  @Test
  void hearsNothingFailsWhileTheToneIsPlayingAndForAnUnknownStream() {
    media.mutesStream("bob", "s9", true);
    ScenarioFailure heard =
        assertThrows(ScenarioFailure.class, () -> media.hearsNothingFrom("bob", "s1"));
    assertTrue(
        heard.getMessage().contains("expected \"bob\" to hear nothing from stream \"s1\""),
        heard.getMessage());
    assertTrue(heard.getMessage().contains("audible"), heard.getMessage());
    ScenarioFailure unknown =
        assertThrows(ScenarioFailure.class, () -> media.hearsNothingFrom("bob", "s2"));
    assertTrue(
        unknown.getMessage().contains("nobody in this scenario published stream \"s2\""),
        unknown.getMessage());
  }

  @Test
  void receiveMuteThenUnmute() {
    media.mutesStream("bob", "s1", true);
    media.hearsNothingFrom("bob", "s1");
    media.mutesStream("bob", "s1", false);
    dsl.hearsWithin("bob", "s1", 2 * SECOND);
    dsl.playerStateIs("s1", "bob", "PLAYING");
  }

  @Test
  void refusedCallsFailTheStepWithTheCode() {
    ScenarioFailure bad =
        assertThrows(ScenarioFailure.class, () -> media.mutesStream("bob", "bad id!", true));
    assertTrue(
        bad.getMessage().contains("1000016 COMMON_STREAM_ID_INVALID_CHARACTER"), bad.getMessage());
    ScenarioFailure period =
        assertThrows(ScenarioFailure.class, () -> media.startsSoundLevelMonitor("bob", 50));
    assertTrue(period.getMessage().contains("1006031"), period.getMessage());
  }

  @Test
  void soundLevelsAreAssertableButStayOutOfTheTimeline() {
    ScenarioFailure off =
        assertThrows(
            ScenarioFailure.class,
            () -> media.reportsCapturedSoundLevel("alice", Comparison.ABOVE, 80, SECOND));
    assertTrue(off.getMessage().contains("is the sound level monitor on?"), off.getMessage());
    media.startsSoundLevelMonitor("alice", 100);
    media.startsSoundLevelMonitor("bob", 200);
    media.reportsCapturedSoundLevel("alice", Comparison.ABOVE, 80, SECOND);
    media.reportsStreamSoundLevel("bob", "s1", Comparison.AT_LEAST, 80, SECOND);
    ScenarioFailure loud =
        assertThrows(
            ScenarioFailure.class,
            () -> media.reportsStreamSoundLevel("bob", "s1", Comparison.BELOW, 1, SECOND));
    assertTrue(loud.getMessage().contains("the latest report: 8"), loud.getMessage());
    media.mutesPublishedAudio("alice", true);
    media.reportsStreamSoundLevel("bob", "s1", Comparison.BELOW, 1, 2 * SECOND);
    media.reportsCapturedSoundLevel("alice", Comparison.ABOVE, 80, SECOND);
    String timelines = sim.renderTimelines();
    assertTrue(!timelines.contains("SoundLevel"), "no sound-level callback in the timeline");
  }

  @Test
  void onlineUserCountIsOnTheTimelineEvery30Seconds() {
    dsl.timePasses(31 * SECOND);
    assertEquals(
        List.of("2"),
        sim.user("alice").timeline().events().stream()
            .filter(e -> e.callback().equals("onRoomOnlineUserCountUpdate"))
            .map(e -> e.args().get(0))
            .toList());
    dsl.receivesWithin("bob", ExpectedCallback.of("onRoomOnlineUserCountUpdate", "2"), 31 * SECOND);
  }

  @Test
  void comparisonWordsAreParsedOrRefusedWithTheAcceptedOnes() {
    assertEquals(Comparison.AT_MOST, Comparison.of("at most"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Comparison.of("around"));
    assertTrue(
        e.getMessage().contains("\"above\", \"below\", \"at least\" or \"at most\""),
        e.getMessage());
  }
}
