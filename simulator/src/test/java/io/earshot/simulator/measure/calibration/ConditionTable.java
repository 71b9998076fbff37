package io.earshot.simulator.measure.calibration;

import io.earshot.simulator.measure.internal.NsimMosMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Per-condition means of PESQ-WB, predicted MOS and the mapping's inputs, as a markdown table. */
final class ConditionTable {
  private ConditionTable() {}

  static String markdown(List<NsimMosFitProgram.Sample> samples, NsimMosMapping mapping) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (NsimMosFitProgram.Sample s : samples) {
      double[] row = sums.computeIfAbsent(s.item().condition(), c -> new double[7]);
      row[0] += s.item().pesqWb();
      row[1] += mapping.mos(s.features());
      row[2] += s.nsim();
      row[3] += s.features().nsimNarrowband();
      row[4] += s.features().nsimWideband();
      row[5] += s.features().disruptedFrameRatio();
      row[6]++;
    }
    StringBuilder out =
        new StringBuilder(
            "| condition | PESQ-WB | measured | NSIM | NSIM < 3.4 kHz | NSIM ≥ 3.4 kHz | disrupted |\n"
                + "|---|---|---|---|---|---|---|\n");
    sums.entrySet().stream()
        .sorted((a, b) -> Double.compare(a.getValue()[0], b.getValue()[0]))
        .forEach(
            e -> {
              double[] r = e.getValue();
              double n = r[6];
              out.append(
                  String.format(
                      Locale.ROOT,
                      "| %s | %.2f | %.2f | %.3f | %.3f | %.3f | %.3f |%n",
                      e.getKey(),
                      r[0] / n,
                      r[1] / n,
                      r[2] / n,
                      r[3] / n,
                      r[4] / n,
                      r[5] / n));
            });
    return out.toString();
  }
}
