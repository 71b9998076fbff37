package io.earshot.simulator;

import io.earshot.simulator.audio.AudioSource;
import io.earshot.simulator.audio.PlayoutRecorder;
import io.earshot.simulator.quality.CallMeasurements;
import io.earshot.simulator.quality.PairKey;
import java.util.OptionalLong;

/** What measurements need from the simulation: sources, first audible frames, SSRCs. */
final class MeasurementContext implements CallMeasurements.Context {
  private final Simulation sim;

  MeasurementContext(Simulation sim) {
    this.sim = sim;
  }

  @Override
  public AudioSource source(String streamId) {
    return sim.audioOf(streamId);
  }

  @Override
  public OptionalLong firstAudibleNanos(PairKey pair) {
    return sim.user(pair.listener())
        .recorder(pair.streamId())
        .map(PlayoutRecorder::firstAudibleNanos)
        .orElse(OptionalLong.empty());
  }

  @Override
  public OptionalLong ssrc(PairKey pair) {
    Long ssrc =
        sim.user(pair.listener()).engine().counters().get("play." + pair.streamId() + ".ssrc");
    return ssrc == null || ssrc < 0 ? OptionalLong.empty() : OptionalLong.of(ssrc);
  }
}
