package io.earshot.simulator.measure.internal;

import java.util.Arrays;
import java.util.List;

/**
 * What the NSIM→MOS mapping reads from a comparison: NSIM split at 3.4 kHz into the narrowband part
 * and the wideband extension (a band-limited signal keeps the first and loses the second, which
 * listeners and PESQ-WB mind far less than the NSIM average suggests), and the share of disrupted
 * frames. The last is ViSQOL v3's own remedy in spirit: its newer model also reads the spread and
 * the lowest decile of per-patch similarity, because a mean hides short dropouts that listeners
 * weigh heavily.
 *
 * @param nsimNarrowband mean NSIM of the bands centred below 3.4 kHz
 * @param nsimWideband mean NSIM of the bands centred at 3.4 kHz and above
 * @param disruptedFrameRatio share of the compared 20 ms frames whose NSIM (over all bands) is more
 *     than {@value #DISRUPTION_MARGIN} below the median frame's; unmatched patches count as
 *     disrupted. Concealed packets, dropouts and noise bursts raise it; steady coding distortion
 *     does not, because it lowers the median too
 */
public record MosFeatures(double nsimNarrowband, double nsimWideband, double disruptedFrameRatio) {
  /** The split between narrowband and the wideband extension. */
  public static final double NARROWBAND_EDGE_HZ = 3_400.0;

  /** How far below the median frame's NSIM a frame counts as disrupted. */
  public static final double DISRUPTION_MARGIN = 0.2;

  /** Features of one comparison. */
  public static MosFeatures of(VisqolSpeech.Similarity similarity) {
    double[] centres = VisqolSpeech.bandCentresHz();
    double narrow = 0;
    double wide = 0;
    int narrowCount = 0;
    for (int b = 0; b < centres.length; b++) {
      if (centres[b] < NARROWBAND_EDGE_HZ) {
        narrow += similarity.bandNsim()[b];
        narrowCount++;
      } else {
        wide += similarity.bandNsim()[b];
      }
    }
    int wideCount = centres.length - narrowCount;
    return new MosFeatures(
        narrow / narrowCount,
        wideCount == 0 ? 1.0 : wide / wideCount,
        disruptedFrameRatio(similarity.patches()));
  }

  static double disruptedFrameRatio(List<PatchAligner.Match> patches) {
    int frames = 0;
    for (PatchAligner.Match m : patches) {
      frames += m.similarity().frameMeans().length;
    }
    if (frames == 0) {
      return 0;
    }
    double[] all = new double[frames];
    int i = 0;
    for (PatchAligner.Match m : patches) {
      for (double v : m.similarity().frameMeans()) {
        all[i++] = v;
      }
    }
    double[] sorted = all.clone();
    Arrays.sort(sorted);
    double threshold = sorted[sorted.length / 2] - DISRUPTION_MARGIN;
    int disrupted = 0;
    for (double v : all) {
      if (v < threshold) {
        disrupted++;
      }
    }
    return disrupted / (double) frames;
  }
}
