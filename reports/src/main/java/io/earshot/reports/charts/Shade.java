package io.earshot.reports.charts;

/**
 * A shaded, labelled interval of a chart: an outage, a loss that rose, a break.
 *
 * @param label written at the top of the band
 * @param fromSeconds where it starts on the time axis
 * @param toSeconds where it ends ({@code Double.POSITIVE_INFINITY}: until the chart's end)
 */
public record Shade(String label, double fromSeconds, double toSeconds) {
  public Shade {
    if (!(toSeconds >= fromSeconds)) {
      throw new IllegalArgumentException(
          "a band must not end before it starts: \""
              + label
              + "\" from "
              + fromSeconds
              + " s to "
              + toSeconds
              + " s");
    }
  }
}
