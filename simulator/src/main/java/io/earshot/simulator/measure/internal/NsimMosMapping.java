package io.earshot.simulator.measure.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * Maps {@link MosFeatures} to a MOS on the PESQ-WB (P.862.2) scale:
 *
 * <pre>
 * d   = wN·(1 − nsimNarrowband) + wW·(1 − nsimWideband) + wD·disruptedFrameRatio
 * MOS = clamp(1 + (top − 1)·exp(−d^γ), 1, max)
 * </pre>
 *
 * <p>This is ViSQOL's exponential speech mapping ({@code a + exp(b·(x − x0))}) with its floor at 1
 * and its similarity {@code x} replaced by a weighted distance, so every weight reads as "MOS lost
 * per unit of that impairment" and the mapping is monotonic in each feature by construction (the
 * fit keeps every weight positive). {@code top} is PESQ-WB's score for a perfect copy. The
 * coefficients were fitted to PESQ-WB on half of the calibration corpus; they live in {@code
 * /measure/nsim-mos-mapping.properties} with the fit's description beside them.
 *
 * @param top MOS at zero distance
 * @param weightNarrowband wN
 * @param weightWideband wW
 * @param weightDisrupted wD
 * @param exponent γ
 * @param max upper clamp
 */
public record NsimMosMapping(
    double top,
    double weightNarrowband,
    double weightWideband,
    double weightDisrupted,
    double exponent,
    double max) {

  /** Where the shipped coefficients are. */
  public static final String RESOURCE = "/measure/nsim-mos-mapping.properties";

  private static final NsimMosMapping SHIPPED = load();

  /** The shipped coefficients. */
  public static NsimMosMapping shipped() {
    return SHIPPED;
  }

  /** The MOS for one comparison's features. */
  public double mos(MosFeatures f) {
    double d =
        weightNarrowband * Math.max(0, 1 - f.nsimNarrowband())
            + weightWideband * Math.max(0, 1 - f.nsimWideband())
            + weightDisrupted * f.disruptedFrameRatio();
    double mos = 1 + (top - 1) * Math.exp(-Math.pow(d, exponent));
    return Math.max(1.0, Math.min(max, mos));
  }

  /** The coefficients as properties text, as the fit writes them. */
  public String toProperties() {
    return String.format(
        Locale.ROOT,
        "top=%.6f%nweightNarrowband=%.6f%nweightWideband=%.6f%nweightDisrupted=%.6f%nexponent=%.6f%nmax=%.6f%n",
        top,
        weightNarrowband,
        weightWideband,
        weightDisrupted,
        exponent,
        max);
  }

  private static NsimMosMapping load() {
    Properties p = new Properties();
    try (InputStream in = NsimMosMapping.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("expected the resource " + RESOURCE + ", found none");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new NsimMosMapping(
        number(p, "top"),
        number(p, "weightNarrowband"),
        number(p, "weightWideband"),
        number(p, "weightDisrupted"),
        number(p, "exponent"),
        number(p, "max"));
  }

  private static double number(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("expected '" + key + "' in " + RESOURCE + ", found none");
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "expected a number for '" + key + "' in " + RESOURCE + ", found '" + value + "'", e);
    }
  }
}
