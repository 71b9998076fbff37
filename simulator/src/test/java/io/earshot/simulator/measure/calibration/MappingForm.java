package io.earshot.simulator.measure.calibration;

import io.earshot.simulator.measure.internal.MosFeatures;
import io.earshot.simulator.measure.internal.NsimMosMapping;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * A candidate shape for the NSIM→MOS mapping, fitted by least squares (Nelder-Mead from a list of
 * starts, deterministic) on the clamped MOS.
 */
enum MappingForm {
  /** The shipped form, {@link NsimMosMapping}; parameters are log wN, log wW, log wD, log γ. */
  EXPONENTIAL_OF_DISTANCE {
    @Override
    double predict(double[] p, NsimMosFitProgram.Sample s) {
      return mapping(p).mos(s.features());
    }

    @Override
    List<double[]> starts() {
      List<double[]> starts = new ArrayList<>();
      for (double wN : new double[] {1, 5, 20}) {
        for (double wD : new double[] {1, 5, 20}) {
          for (double gamma : new double[] {0.7, 1.0}) {
            starts.add(new double[] {Math.log(wN), Math.log(0.5), Math.log(wD), Math.log(gamma)});
          }
        }
      }
      return starts;
    }
  },

  /** A cubic of the same distance with wN = 1: c0 + c1·d + c2·d² + c3·d³; log wW, log wD. */
  CUBIC_OF_DISTANCE {
    @Override
    double predict(double[] p, NsimMosFitProgram.Sample s) {
      MosFeatures f = s.features();
      double d =
          (1 - f.nsimNarrowband())
              + Math.exp(p[4]) * (1 - f.nsimWideband())
              + Math.exp(p[5]) * f.disruptedFrameRatio();
      return clamp(p[0] + d * (p[1] + d * (p[2] + d * p[3])));
    }

    @Override
    List<double[]> starts() {
      List<double[]> starts = new ArrayList<>();
      for (double slope : new double[] {-5, -20}) {
        for (double wD : new double[] {0.3, 1, 3}) {
          starts.add(new double[] {4.6, slope, 0, 0, Math.log(0.1), Math.log(wD)});
        }
      }
      return starts;
    }
  },

  /** quality-metrics §5.5's suggestion: a cubic of plain NSIM. */
  CUBIC_OF_NSIM {
    @Override
    double predict(double[] p, NsimMosFitProgram.Sample s) {
      double x = s.nsim();
      return clamp(p[0] + x * (p[1] + x * (p[2] + x * p[3])));
    }

    @Override
    List<double[]> starts() {
      // A line through (0.75, 2) and (1, 4.6), and a steeper one.
      return List.of(new double[] {-5.8, 10.4, 0, 0}, new double[] {-13, 17.6, 0, 0});
    }
  };

  static final double TOP = 4.644;
  static final double MAX = 4.75;

  abstract double predict(double[] parameters, NsimMosFitProgram.Sample sample);

  abstract List<double[]> starts();

  /** The least-squares parameters over {@code samples}. */
  double[] fit(List<NsimMosFitProgram.Sample> samples) {
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-12);
    PointValuePair best = null;
    for (double[] start : starts()) {
      PointValuePair p =
          optimizer.optimize(
              new MaxEval(50_000),
              new ObjectiveFunction(q -> sse(q, samples)),
              GoalType.MINIMIZE,
              new InitialGuess(start),
              new NelderMeadSimplex(start.length, 0.5));
      if (best == null || p.getValue() < best.getValue()) {
        best = p;
      }
    }
    return best.getPoint();
  }

  /** Agreement of the parameters' predictions with PESQ-WB on {@code samples}. */
  AgreementFigures figures(double[] p, List<NsimMosFitProgram.Sample> samples) {
    List<AgreementFigures.Point> points = new ArrayList<>();
    for (NsimMosFitProgram.Sample s : samples) {
      points.add(
          new AgreementFigures.Point(s.item().condition(), predict(p, s), s.item().pesqWb()));
    }
    return AgreementFigures.of(points);
  }

  private double sse(double[] p, List<NsimMosFitProgram.Sample> samples) {
    double sum = 0;
    for (NsimMosFitProgram.Sample s : samples) {
      double e = predict(p, s) - s.item().pesqWb();
      sum += e * e;
    }
    return sum;
  }

  /** The shipped mapping for parameters of {@link #EXPONENTIAL_OF_DISTANCE}. */
  static NsimMosMapping mapping(double[] logs) {
    return new NsimMosMapping(
        TOP, Math.exp(logs[0]), Math.exp(logs[1]), Math.exp(logs[2]), Math.exp(logs[3]), MAX);
  }

  private static double clamp(double mos) {
    return Math.max(1, Math.min(MAX, mos));
  }
}
