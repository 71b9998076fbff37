package io.earshot.simulator.load;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.health.HarnessHealth;
import io.earshot.simulator.load.LoadPopulation.Member;
import io.earshot.simulator.quality.PairMeasurement;
import io.earshot.simulator.quality.ReportedQuality.Sample;
import io.earshot.simulator.timeline.CallbackEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers a finished load run's figures into {@link LoadResults}: logins that succeeded, every MOS
 * the listeners' engines reported, the measured MOS, latency and breaks of every probe pair, and
 * the engines' clocks.
 */
final class LoadCollector {
  private final Simulation sim;

  LoadCollector(Simulation sim) {
    this.sim = sim;
  }

  LoadResults collect(
      List<Member> members, Map<String, Set<String>> plays, Map<String, Integer> logins) {
    LoadResults results = new LoadResults();
    results.addUsers(members.size());
    for (Member m : members) {
      VirtualUser u = sim.user(m.name());
      List<CallbackEvent> states =
          u.timeline().events().stream()
              .filter(e -> e.callback().equals("onRoomStateChanged") && !e.args().isEmpty())
              .toList();
      // A login still under way when the run ends has not failed; it is left out.
      boolean pending =
          !states.isEmpty() && states.get(states.size() - 1).args().get(0).equals("LOGINING");
      int attempts = logins.getOrDefault(m.name(), 0) - (pending ? 1 : 0);
      long logined = states.stream().filter(e -> e.args().get(0).equals("LOGINED")).count();
      results.count(LoadMetric.JOIN_SUCCESS, Math.min(logined, attempts), attempts);
    }
    plays.forEach(
        (listener, streams) ->
            streams.forEach(
                stream -> {
                  for (Sample s : sim.quality().reported().samples(listener, stream)) {
                    if (s.mos() >= 1) {
                      results.record(LoadMetric.REPORTED_MOS, s.mos());
                    }
                  }
                }));
    for (PairMeasurement m : sim.measurements().all()) {
      m.mos()
          .ifPresent(
              w ->
                  w.windows()
                      .forEach(x -> results.record(LoadMetric.MEASURED_MOS, x.score().mos())));
      for (double ms : m.latency().latenciesMs()) {
        results.record(LoadMetric.LATENCY_MS, ms);
      }
      if (m.scoredSeconds() > 0) {
        results.record(LoadMetric.BREAK_RATE, m.breaks().size() / (m.scoredSeconds() / 10));
      }
    }
    HarnessHealth health = HarnessHealth.of(sim.users());
    results.count(LoadMetric.ON_TIME, health.ticks() - health.late(), health.ticks());
    return results;
  }
}
