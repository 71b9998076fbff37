package io.earshot.reports.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.audio.PcmRecordings;
import io.earshot.simulator.audio.PcmTrack;
import io.earshot.simulator.audio.SilenceSource;
import io.earshot.simulator.metrics.MetricSeries;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worst listener's sent and played audio around its first break, and a clip per break. */
class ScenarioClipsTest {
  private static final long S = 1_000_000_000L;

  @Test
  void clipsTheWorstListenerAroundItsBreaks() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 0)) {
      sim.publishedBy("s1", sim.addUser("alice", "alice"), new SilenceSource());
      sim.addUser("bob", "bob");
      sim.addUser("carol", "carol");
      PcmTrack twentySeconds = new PcmTrack(0, new short[20 * 48_000]);
      sim.pcmRecordings(
          new PcmRecordings() {
            @Override
            public Optional<PcmTrack> sent(String publisher) {
              return Optional.of(twentySeconds);
            }

            @Override
            public Optional<PcmTrack> played(String listener, String streamId) {
              return Optional.of(twentySeconds);
            }
          });
      for (String listener : List.of("bob", "carol")) {
        sim.metrics()
            .add(
                listener,
                "s1",
                () -> new MetricSeries("played level", "dBFS", new long[] {0}, new double[] {-15}));
      }
      sim.metrics().breakOf("carol", "s1", 5 * S, 6 * S);
      List<String> labels =
          ScenarioClips.of(sim, List.of()).stream().map(AudioClip::label).toList();
      assertEquals(
          List.of(
              "alice sent s1, 3.0–15.0 s",
              "carol played s1, 3.0–15.0 s",
              "carol played s1 around a break, 4.0–7.0 s"),
          labels);
      assertEquals(5, ScenarioClips.of(sim, List.of("bob")).size());
    }
  }

  @Test
  void nothingIsAttachedWithoutRecordedAudio() {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 42, 0)) {
      sim.addUser("bob", "bob");
      sim.metrics()
          .add(
              "bob",
              "s1",
              () -> new MetricSeries("played level", "dBFS", new long[] {0}, new double[] {-15}));
      assertEquals(List.of(), ScenarioClips.of(sim, List.of("bob")));
    }
  }
}
