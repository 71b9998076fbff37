package io.earshot.features.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.capture.MediaCapture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With {@code earshot run --capture}: writes each user's media datagrams as a pcap file ({@code
 * <out>/captures/<feature>--<scenario>/<user>.pcap}, for Wireshark or tshark) and adds them to the
 * scenario's report. Runs before {@link ReportHooks} (after-hooks with a higher order run first).
 */
public final class CaptureHooks {
  /** The system property that asks for captures; {@code earshot run --capture} sets it. */
  public static final String PROPERTY = "earshot.capture";

  private final ScenarioWorld world;

  public CaptureHooks(ScenarioWorld world) {
    this.world = world;
  }

  static boolean wanted() {
    return Boolean.getBoolean(PROPERTY);
  }

  @After(order = 25)
  public void write(Scenario scenario) {
    Simulation sim = world.simulationOrNull();
    if (sim == null || sim.captures().isEmpty()) {
      return;
    }
    Path root = Path.of(System.getProperty("earshot.results.dir", "target/earshot-run"));
    Path captures = root.resolve("captures");
    Path folder =
        captures.resolve(
            ScenarioFileNames.base(
                captures, scenario.getUri(), scenario.getName(), scenario.getLine()));
    try {
      Files.createDirectories(folder);
      for (MediaCapture capture : sim.captures()) {
        byte[] pcap = capture.pcap();
        if (capture.overflow() > 0) {
          System.err.println(
              "earshot: the capture of \""
                  + capture.user()
                  + "\" keeps its first "
                  + capture.datagrams().size()
                  + " datagrams; "
                  + capture.overflow()
                  + " later ones are not in "
                  + folder);
        }
        Files.write(folder.resolve(ScenarioFileNames.slug(capture.user()) + ".pcap"), pcap);
        sim.reportFiles()
            .add("capture: " + capture.user(), "application/vnd.tcpdump.pcap", ".pcap", () -> pcap);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the media captures to " + folder, e);
    }
  }
}
