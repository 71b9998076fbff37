package io.earshot.reports.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.simulator.health.HarnessHealth;
import io.earshot.simulator.load.LoadSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A load run's charts, also when no MOS was reported yet (a short real-time shard). */
class LoadChartsTest {
  private static LoadSnapshot at(long second, double mos) {
    return new LoadSnapshot(
        second * 1_000_000_000L, 3_000_000_000L, 4, 4, 4, mos, mos, HarnessHealth.NONE, 0);
  }

  @Test
  void unknownMosIsLeftOutAndNoMosChartIsDrawnWithoutAny() {
    List<LoadSnapshot> none = List.of(at(1, Double.NaN), at(2, Double.NaN), at(3, Double.NaN));
    assertEquals(
        List.of("users and streams over time"), List.copyOf(LoadCharts.render(none).keySet()));
    List<LoadSnapshot> late = List.of(at(1, Double.NaN), at(2, 4.1), at(3, 4.2));
    assertEquals(2, LoadCharts.render(late).size());
    assertEquals(0, LoadCharts.render(List.of(at(1, 4.0))).size(), "one snapshot draws nothing");
  }
}
