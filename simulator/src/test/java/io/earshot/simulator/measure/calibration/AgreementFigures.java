package io.earshot.simulator.measure.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How well predicted MOS agrees with PESQ-WB, per file and per condition mean.
 *
 * @param files number of files
 * @param conditions number of conditions
 * @param filePearson Pearson over files
 * @param fileSpearman Spearman over files
 * @param fileRmse RMSE over files
 * @param conditionPearson Pearson over per-condition means
 * @param conditionSpearman Spearman over per-condition means
 * @param conditionRmse RMSE over per-condition means
 */
public record AgreementFigures(
    int files,
    int conditions,
    double filePearson,
    double fileSpearman,
    double fileRmse,
    double conditionPearson,
    double conditionSpearman,
    double conditionRmse) {

  /** One prediction. */
  public record Point(String condition, double predicted, double pesqWb) {}

  /** The figures for a set of predictions. */
  public static AgreementFigures of(List<Point> points) {
    double[] p = points.stream().mapToDouble(Point::predicted).toArray();
    double[] y = points.stream().mapToDouble(Point::pesqWb).toArray();
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Point pt : points) {
      double[] s = sums.computeIfAbsent(pt.condition(), c -> new double[3]);
      s[0] += pt.predicted();
      s[1] += pt.pesqWb();
      s[2]++;
    }
    List<Double> cp = new ArrayList<>();
    List<Double> cy = new ArrayList<>();
    for (double[] s : sums.values()) {
      cp.add(s[0] / s[2]);
      cy.add(s[1] / s[2]);
    }
    double[] cpa = cp.stream().mapToDouble(Double::doubleValue).toArray();
    double[] cya = cy.stream().mapToDouble(Double::doubleValue).toArray();
    return new AgreementFigures(
        p.length,
        cpa.length,
        new PearsonsCorrelation().correlation(p, y),
        new SpearmansCorrelation().correlation(p, y),
        rmse(p, y),
        new PearsonsCorrelation().correlation(cpa, cya),
        new SpearmansCorrelation().correlation(cpa, cya),
        rmse(cpa, cya));
  }

  private static double rmse(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum / a.length);
  }

  /** One markdown table row: label, then the six figures. */
  public String markdownRow(String label) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.3f | %.3f | %.3f | %d | %.3f | %.3f | %.3f |",
        label,
        files,
        filePearson,
        fileSpearman,
        fileRmse,
        conditions,
        conditionPearson,
        conditionSpearman,
        conditionRmse);
  }

  /** The header that goes with {@link #markdownRow}. */
  public static String markdownHeader() {
    return "| set | files | Pearson | Spearman | RMSE | conditions | Pearson | Spearman | RMSE |\n"
        + "|---|---|---|---|---|---|---|---|---|";
  }
}
