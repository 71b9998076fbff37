package io.earshot.reports;

import io.earshot.reports.audio.AudioClip;
import io.earshot.reports.audio.AudioPlayerPage;
import io.earshot.reports.audio.ScenarioClips;
import io.earshot.reports.audio.WorstListener;
import io.earshot.reports.charts.ChartRenderer;
import io.earshot.reports.charts.ScenarioCharts;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.VirtualUser;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attaches what explains a scenario's outcome to its Allure result: the replay command, seed and
 * mode; each user's timeline with the scenario's events between its callbacks; charts of every
 * series with the network's bands; WAV clips of the worst listener; the network profile and the
 * emulator's decisions beside the listeners' losses; the engines' and the server's counters; and
 * the key figures that {@code summary.json} gathers.
 */
public final class ScenarioAttachments {
  /** Listeners whose audio is attached besides the worst one: a comma-separated list. */
  public static final String AUDIO_LISTENERS_PROPERTY = "earshot.audio.listeners";

  private ScenarioAttachments() {}

  /**
   * The Allure test case running on this thread, read while a step runs (inside hooks Allure's
   * context points at the hook, not the test case).
   */
  public static Optional<String> currentTestCase() {
    return Allure.getLifecycle().getCurrentTestCase();
  }

  /**
   * @param testCaseUuid the scenario's Allure test case, from {@link #currentTestCase()}
   * @param scenario which scenario, for the replay command
   */
  public static void attach(Simulation sim, Optional<String> testCaseUuid, ScenarioRef scenario) {
    String replay = Forensics.replayCommand(sim, scenario);
    testCaseUuid.ifPresent(uuid -> markRun(sim, uuid, replay));
    TestCaseAttachments out = new TestCaseAttachments(testCaseUuid);
    text(
        out,
        "replay",
        "replay: "
            + replay
            + "\nmode: "
            + sim.mode()
            + "\nseed: "
            + sim.seed()
            + "\n"
            + (sim.mode() == TimeMode.REAL_TIME
                ? "(real time: the network's decisions replay, their timing does not)\n"
                : ""));
    for (VirtualUser user : sim.users()) {
      text(out, "timeline: " + user.name(), sim.renderTimeline(user));
    }
    for (ScenarioCharts.Chart chart : ScenarioCharts.of(sim)) {
      out.bytes(chart.name(), "image/png", ChartRenderer.png(chart.spec()), ".png");
    }
    attachAudio(sim, out);
    if (!sim.users().isEmpty()) {
      out.text("network profiles and decisions", "text/csv", Forensics.networkTable(sim), ".csv");
      out.text("cause and effect", "text/csv", Forensics.causeAndEffectTable(sim), ".csv");
    }
    for (var file : sim.reportFiles().files()) {
      out.bytes(file.name(), file.mimeType(), file.content().get(), file.extension());
    }
    counters(sim, out);
    out.text(
        KeyFigures.ATTACHMENT,
        "application/json",
        KeyFigures.of(sim, replay, WorstListener.of(sim.metrics())).toPrettyString(),
        ".json");
  }

  private static void attachAudio(Simulation sim, TestCaseAttachments out) {
    String requested = System.getProperty(AUDIO_LISTENERS_PROPERTY, "");
    List<String> listeners =
        Arrays.stream(requested.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    List<AudioClip> clips = ScenarioClips.of(sim, listeners);
    if (clips.isEmpty()) {
      return;
    }
    out.text("audio player", "text/html", AudioPlayerPage.html(clips), ".html");
    for (AudioClip clip : clips) {
      out.bytes("audio: " + clip.label(), "audio/wav", clip.wav(), ".wav");
    }
  }

  private static void counters(Simulation sim, TestCaseAttachments out) {
    StringBuilder engines = new StringBuilder();
    for (VirtualUser user : sim.users()) {
      engines.append("# ").append(user.name()).append('\n');
      user.engine()
          .counters()
          .forEach((k, v) -> engines.append(k).append(' ').append(v).append('\n'));
    }
    if (!engines.isEmpty()) {
      text(out, "engine counters", engines.toString());
    }
    StringBuilder network = new StringBuilder();
    for (VirtualUser user : sim.users()) {
      network
          .append("# ")
          .append(user.name())
          .append('\n')
          .append("profile ")
          .append(user.link().profile().describe())
          .append('\n')
          .append(user.link().stats().render())
          .append('\n');
    }
    if (!network.isEmpty()) {
      text(out, "network counters", network.toString());
    }
    Map<String, Long> server = sim.serverCounters();
    if (!server.isEmpty()) {
      StringBuilder t = new StringBuilder();
      server.forEach((k, v) -> t.append(k).append(' ').append(v).append('\n'));
      text(out, "server counters", t.toString());
    }
  }

  private static void text(TestCaseAttachments out, String name, String content) {
    out.text(name, "text/plain", content, ".txt");
  }

  /**
   * Shows the time mode, seed and replay command as parameters, and gives real-time results their
   * own history ID: the same scenario run in both modes is two results, not a retry of one.
   */
  private static void markRun(Simulation sim, String testCaseUuid, String replay) {
    Allure.getLifecycle()
        .updateTestCase(
            testCaseUuid,
            result -> {
              List<Parameter> parameters = new ArrayList<>(result.getParameters());
              parameters.add(new Parameter().setName("time mode").setValue(sim.mode().name()));
              parameters.add(new Parameter().setName("seed").setValue(String.valueOf(sim.seed())));
              parameters.add(new Parameter().setName("replay").setValue(replay));
              result.setParameters(parameters);
              if (sim.mode() == TimeMode.REAL_TIME && result.getHistoryId() != null) {
                result.setHistoryId(result.getHistoryId() + "-realtime");
                result.setName(result.getName() + " (real time)");
              }
            });
  }
}
