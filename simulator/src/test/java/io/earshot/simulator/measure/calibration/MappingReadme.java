package io.earshot.simulator.measure.calibration;

import io.earshot.simulator.measure.internal.NsimMosMapping;
import java.util.Locale;

/** The text of {@code src/main/resources/measure/README.md}, written with the coefficients. */
final class MappingReadme {
  private MappingReadme() {}

  static String text(NsimMosMapping m, String figures, String date, int files) {
    return String.format(
        Locale.ROOT,
        """
        # NSIM→MOS mapping of the measured MOS

        `nsim-mos-mapping.properties` holds the coefficients `MeasuredMos`
        uses to turn its ViSQOL-v3-style similarity into a MOS on the PESQ-WB (ITU-T P.862.2) scale.
        Generated on %s by `NsimMosFitProgram` (simulator/src/test); do not edit by hand.

        ## Mapping

        ```
        d   = wN·(1 − NSIM below 3.4 kHz) + wW·(1 − NSIM at 3.4 kHz and above) + wD·disrupted
        MOS = clamp(1 + (top − 1)·exp(−d^γ), 1, %.2f)
        ```

        | coefficient | value |
        |---|---|
        | top (PESQ-WB of a perfect copy, fixed) | %.3f |
        | wN, narrowband bands (centres 50–2900 Hz, 16 bands) | %.4f |
        | wW, wideband extension (centres 3450–6775 Hz, 5 bands) | %.4f |
        | wD, disrupted-frame ratio | %.4f |
        | γ | %.4f |

        *Disrupted* is the share of compared 20 ms frames whose NSIM is more than 0.2 below the median
        frame's (unmatched patches count as disrupted).

        This is ViSQOL's exponential speech mapping (`a + exp(b·(x − x0))`, quality-metrics §5.3) with
        its floor at 1 and its similarity replaced by a weighted distance. Why not the plain cubic of
        NSIM that quality-metrics §5.5 suggests: fitted the same way it misses the acceptance figures on
        the held-out talkers (table below), for two reasons the corpus shows plainly. A 3.4 kHz low-pass
        loses the five top bands completely (NSIM 0.79, like Opus at 8 kbit/s) yet PESQ-WB gives it 3.3,
        not 2.4: splitting NSIM at 3.4 kHz lets the fit weigh the wideband extension separately. And
        packet loss at 10 %% has the NSIM of Opus at 12 kbit/s (0.93) but PESQ-WB 2.1 against 3.4: the
        mean NSIM hides short dropouts, which ViSQOL v3's newer model also addresses with patch-spread
        and lowest-decile features; the disrupted-frame ratio is the frame-level version of that. Every
        weight is kept positive, so the MOS never rises when any similarity falls or disruption rises.
        The exponential was chosen over a cubic of the same distance by leave-one-talker-out
        cross-validation within the training talkers (first table below), before the held-out talkers
        were scored.

        ## Corpus and split

        `/work/shared/calibration` (not committed, 45 MB): %d degraded files, 16 kHz mono 16-bit, from 8
        references (espeak-ng `en-us` and `en-us+f3`, flite `slt` and `rms`; IEEE Harvard list 1, two
        texts each, 8–11 s with 0.5 s of silence at each end, -28 dBFS) under 17 conditions: clean, Opus 8,
        12, 16, 24 and 48 kbit/s, Opus 32 kbit/s with 2, 5, 10 and 20 %% random packet loss, the same with
        in-band FEC at 10 %% loss, white noise at 30, 20 and 10 dB SNR, a 3.4 kHz low-pass, -10 dB and 150
        ms of delay; scores from the P.862.2 reference implementation (column `pesq_wb_mos_lqo`).

        Fitted on the talkers espeak-m and flite-slt (68 files), evaluated on espeak-f and flite-rms (68
        files, never seen by the fit). Least squares over training files on the clamped MOS, Nelder-Mead
        on the logarithms of wN, wW, wD and γ from a grid of 18 starts.

        ## Figures

        Pearson, Spearman and RMSE against PESQ-WB, per file and per condition mean (4 files per
        condition on each side).

        %s
        Acceptance (quality-metrics §5.5): per-condition Pearson ≥ 0.90 and RMSE ≤ 0.35 on the held-out
        half; `MeasuredMosCalibrationTest` checks it on every build that can see the corpus.

        The talkers differ by up to 0.8 MOS on the same condition in PESQ-WB, and not in the same
        direction as in NSIM (PESQ-WB rates espeak-m's Opus far below flite-slt's; NSIM the reverse), so
        per-file figures are much weaker than per-condition ones: judge conditions on the same talkers.

        ## Limits

        - Every talker is synthetic (espeak-ng, flite) and there are only four; the fit saw two. Absolute
          values on natural speech may differ; compare conditions on the same fixtures.
        - On the held-out talkers the residuals lean by family: loss and FEC conditions read 0.2–0.5
          high, Opus without loss 0.2–0.3 low, noise at 30 dB 0.4 low. Rankings within a family hold.
        - The corpus has no time-warping (jitter-buffer stretching) condition. The sample-level patch
          realignment that keeps such audio from reading as degraded is tested on synthetic delay jumps
          only (`MeasuredMosTest`), not against PESQ.

        ## Rerun

        ```
        mvn -pl simulator -am test -Dtest=NsimMosFitProgram -Dsurefire.failIfNoSpecifiedTests=false \\
            -Dearshot.fit=write -Dearshot.fit.date=YYYY-MM-DD [-Dearshot.calibration.dir=/path/to/calibration]
        ```
        """,
        date,
        m.max(),
        m.top(),
        m.weightNarrowband(),
        m.weightWideband(),
        m.weightDisrupted(),
        m.exponent(),
        files,
        figures);
  }
}
