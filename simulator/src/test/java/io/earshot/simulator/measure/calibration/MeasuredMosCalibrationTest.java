package io.earshot.simulator.measure.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.simulator.measure.MeasuredMos;
import io.earshot.simulator.measure.MeasuredMosScore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped measured MOS against PESQ-WB on the held-out talkers of the calibration corpus (the
 * talkers the mapping was not fitted on): per-condition means must reach Pearson ≥ 0.90 and RMSE ≤
 * 0.35 (quality-metrics §5.5). The corpus is not committed; point {@code -Dearshot.calibration.dir}
 * at it, or keep it at {@code ../shared/calibration} beside the repository.
 */
class MeasuredMosCalibrationTest {

  @Test
  void heldOutTalkersAgreeWithPesqWidebandPerCondition() throws IOException {
    CalibrationCorpus corpus = CalibrationCorpus.find().orElse(null);
    Assumptions.assumeTrue(
        corpus != null,
        "calibration corpus (scores.csv, ref/, deg/) not found; looked in "
            + CalibrationCorpus.candidates()
            + "; run with -D"
            + CalibrationCorpus.PROPERTY
            + "=/path/to/calibration to use another directory");
    List<AgreementFigures.Point> points = new ArrayList<>();
    for (CalibrationCorpus.Item item : corpus.items()) {
      if (!NsimMosFitProgram.HELD_OUT_TALKERS.contains(item.talker())) {
        continue;
      }
      MeasuredMosScore score = MeasuredMos.score(corpus.reference(item), corpus.degraded(item));
      points.add(new AgreementFigures.Point(item.condition(), score.mos(), item.pesqWb()));
    }
    AgreementFigures figures = AgreementFigures.of(points);
    System.out.println("Measured MOS against PESQ-WB, held-out talkers, " + corpus.dir());
    System.out.println(AgreementFigures.markdownHeader());
    System.out.println(figures.markdownRow("held out (espeak-f, flite-rms)"));

    assertTrue(figures.files() == 68, "expected 68 held-out files, found " + figures.files());
    assertTrue(
        figures.conditionPearson() >= 0.90,
        "per-condition Pearson should be at least 0.90, was " + figures.conditionPearson());
    assertTrue(
        figures.conditionRmse() <= 0.35,
        "per-condition RMSE should be at most 0.35 MOS, was " + figures.conditionRmse());
  }
}
