package io.earshot.simulator.measure.calibration;

import io.earshot.simulator.measure.internal.MosFeatures;
import io.earshot.simulator.measure.internal.NsimMosMapping;
import io.earshot.simulator.measure.internal.VisqolSpeech;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fits the NSIM→MOS mapping to PESQ-WB on the training talkers of the calibration corpus and
 * reports it on the held-out talkers. Not part of the build: run it with
 *
 * <pre>
 * mvn -pl simulator -am test -Dtest=NsimMosFitProgram -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dearshot.fit=run            # print the fit
 * mvn ... -Dearshot.fit=write -Dearshot.fit.date=YYYY-MM-DD   # and rewrite the shipped files
 * </pre>
 *
 * "write" replaces {@code src/main/resources/measure/nsim-mos-mapping.properties} and the README
 * beside it. The date is an input because nothing here reads the clock.
 */
@EnabledIfSystemProperty(named = "earshot.fit", matches = "run|write")
class NsimMosFitProgram {
  static final Set<String> TRAINING_TALKERS = Set.of("espeak-m", "flite-slt");
  static final Set<String> HELD_OUT_TALKERS = Set.of("espeak-f", "flite-rms");

  record Sample(CalibrationCorpus.Item item, MosFeatures features, double nsim) {}

  @Test
  void fit() throws IOException {
    CalibrationCorpus corpus = CalibrationCorpus.find().orElse(null);
    Assumptions.assumeTrue(
        corpus != null, "calibration corpus not found in " + CalibrationCorpus.candidates());
    List<Sample> training = new ArrayList<>();
    List<Sample> heldOut = new ArrayList<>();
    for (CalibrationCorpus.Item item : corpus.items()) {
      VisqolSpeech.Similarity s =
          VisqolSpeech.compare(corpus.reference(item), corpus.degraded(item));
      Sample sample = new Sample(item, MosFeatures.of(s), s.nsim());
      (TRAINING_TALKERS.contains(item.talker()) ? training : heldOut).add(sample);
    }
    StringBuilder report = new StringBuilder();
    report.append("Choice of form, leave-one-talker-out within the training talkers (fit on one,");
    report.append(" score the other, mean of both ways):\n\n");
    report.append("| form | cond. Pearson | cond. RMSE | file RMSE |\n|---|---|---|---|\n");
    for (MappingForm form : MappingForm.values()) {
      report.append(crossValidation(form, training)).append('\n');
    }
    double[] chosen = MappingForm.EXPONENTIAL_OF_DISTANCE.fit(training);
    NsimMosMapping mapping = MappingForm.mapping(chosen);
    double[] baseline = MappingForm.CUBIC_OF_NSIM.fit(training);
    report.append(
        "\nThe shipped mapping (exponential of distance), fitted on both training talkers:\n\n");
    report.append(AgreementFigures.markdownHeader()).append('\n');
    report.append(
        MappingForm.EXPONENTIAL_OF_DISTANCE
            .figures(chosen, training)
            .markdownRow("training (espeak-m, flite-slt)"));
    report.append('\n');
    report.append(
        MappingForm.EXPONENTIAL_OF_DISTANCE
            .figures(chosen, heldOut)
            .markdownRow("held out (espeak-f, flite-rms)"));
    report.append("\n\nBaseline, a cubic of plain NSIM fitted the same way:\n\n");
    report.append(AgreementFigures.markdownHeader()).append('\n');
    report.append(MappingForm.CUBIC_OF_NSIM.figures(baseline, training).markdownRow("training"));
    report.append('\n');
    report.append(MappingForm.CUBIC_OF_NSIM.figures(baseline, heldOut).markdownRow("held out"));
    report.append("\n\nHeld-out conditions (means over 4 files), shipped mapping:\n\n");
    report.append(ConditionTable.markdown(heldOut, mapping));
    System.out.println(mapping.toProperties());
    System.out.println(report);
    if ("write".equals(System.getProperty("earshot.fit"))) {
      write(mapping, report.toString(), corpus);
    }
  }

  private static String crossValidation(MappingForm form, List<Sample> training) {
    double pearson = 0;
    double conditionRmse = 0;
    double fileRmse = 0;
    List<String> talkers = TRAINING_TALKERS.stream().sorted().toList();
    for (String fitOn : talkers) {
      List<Sample> fitSet = training.stream().filter(s -> s.item().talker().equals(fitOn)).toList();
      List<Sample> scoreSet =
          training.stream().filter(s -> !s.item().talker().equals(fitOn)).toList();
      AgreementFigures f = form.figures(form.fit(fitSet), scoreSet);
      pearson += f.conditionPearson() / talkers.size();
      conditionRmse += f.conditionRmse() / talkers.size();
      fileRmse += f.fileRmse() / talkers.size();
    }
    return String.format(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %.3f |",
        form.name().toLowerCase(Locale.ROOT).replace('_', ' '),
        pearson,
        conditionRmse,
        fileRmse);
  }

  private static void write(NsimMosMapping mapping, String report, CalibrationCorpus corpus)
      throws IOException {
    String date = System.getProperty("earshot.fit.date", "").trim();
    if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException(
          "expected -Dearshot.fit.date=YYYY-MM-DD to stamp the fit, found '" + date + "'");
    }
    Path dir = Path.of("src/main/resources/measure");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("simulator/src/main/resources/measure");
    }
    String header =
        "# NSIM->MOS mapping for io.earshot.simulator.measure.MeasuredMos, fitted "
            + date
            + " by NsimMosFitProgram to PESQ-WB\n# on the training talkers of the calibration"
            + " corpus; see README.md beside this file.\n";
    Files.writeString(
        dir.resolve("nsim-mos-mapping.properties"),
        header + mapping.toProperties(),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("README.md"),
        MappingReadme.text(mapping, report, date, corpus.items().size()),
        StandardCharsets.UTF_8);
  }
}
