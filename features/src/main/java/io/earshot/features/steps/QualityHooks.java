package io.earshot.features.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.quality.AudioExport;
import io.earshot.simulator.quality.PairKey;
import io.earshot.simulator.quality.PairMeasurement;
import io.earshot.simulator.quality.QualityText;
import io.earshot.simulator.quality.ReportedQualityTable;
import io.earshot.simulator.quality.ScenarioMetrics;
import io.qameta.allure.Allure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run leaves of each scenario's measured quality: when the system property {@code
 * earshot.results.dir} names a folder, {@code metrics/<feature>--<scenario>.json} there and the
 * audio files {@code earshot.audio} asks for under {@code audio/<feature>--<scenario>/}; and, in
 * the report, the same figures per listener. Runs before {@link ReportHooks} and before the
 * simulation closes.
 */
public final class QualityHooks {
  private final ScenarioWorld world;

  public QualityHooks(ScenarioWorld world) {
    this.world = world;
  }

  @After(order = 30)
  public void measure(Scenario scenario) {
    Simulation sim = world.simulationOrNull();
    if (sim == null) {
      return;
    }
    String dir = System.getProperty("earshot.results.dir");
    Path root = dir == null || dir.isBlank() ? null : Path.of(dir);
    // Named for every scenario with a simulation, as the timeline files are, so the names agree.
    String base =
        root == null
            ? null
            : ScenarioFileNames.base(
                root, scenario.getUri(), scenario.getName(), scenario.getLine());
    String reported = reportedTable(sim);
    if (!reported.isEmpty()) {
      Allure.addAttachment("reported quality", "text/plain", reported, ".txt");
    }
    if (sim.quality().pairs().isEmpty()) {
      return;
    }
    List<PairMeasurement> pairs = sim.measurements().all();
    StringBuilder text = new StringBuilder();
    pairs.forEach(m -> text.append(QualityText.describe(m)).append("\n\n"));
    Allure.addAttachment("measured quality", "text/plain", text.toString(), ".txt");
    if (root == null) {
      return;
    }
    try {
      Map<PairKey, AudioExport.PairFiles> audio =
          AudioExport.write(sim.quality(), pairs, root, root.resolve("audio").resolve(base));
      Path metrics = root.resolve("metrics");
      Files.createDirectories(metrics);
      Files.writeString(
          metrics.resolve(base + ".json"),
          ScenarioMetrics.render(
              sim.seed(),
              sim.mode().name().toLowerCase(Locale.ROOT),
              pairs,
              sim.quality().reported(),
              audio),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not write the metrics of \"" + scenario.getName() + "\" to " + root, e);
    }
  }

  /** Every listener's quality callbacks, a table per played stream. */
  private static String reportedTable(Simulation sim) {
    List<ReportedQualityTable.Pair> pairs = new ArrayList<>();
    sim.users()
        .forEach(
            u ->
                u.startedStreams()
                    .forEach(s -> pairs.add(new ReportedQualityTable.Pair(u.name(), s))));
    return ReportedQualityTable.render(sim.quality().reported(), pairs);
  }
}
