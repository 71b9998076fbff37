package io.earshot.netem.profile;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A pattern of outage windows of a direction (spec 3.5). Times count from the moment the profile is
 * applied to the link. Windows in {@link OutageMode#DROP} drop datagrams at the outage stage;
 * windows in {@link OutageMode#HOLD} pause the bottleneck queue. {@code UserLink.goDown()} stays
 * available as a manual gate.
 */
public sealed interface OutageModel
    permits OutageModel.Scheduled, OutageModel.RandomOnOff, OutageModel.Periodic {

  /** Drop or hold. */
  OutageMode mode();

  /** Canonical text for reports. */
  String describe();

  /** One window {@code [start, start + duration)}. */
  static Scheduled scheduled(Duration start, Duration duration, OutageMode mode) {
    return new Scheduled(start, duration, mode);
  }

  /**
   * Mahimahi {@code mm-onoff}: on and off periods exponential with the given means, starting on;
   * availability {@code meanOn/(meanOn+meanOff)}.
   */
  static RandomOnOff randomOnOff(Duration meanOn, Duration meanOff, OutageMode mode) {
    return new RandomOnOff(meanOn, meanOff, mode);
  }

  /**
   * Periodic on/off (Mahimahi {@code mm-intermittent}, G.1050 link failure "every Tf for d" is
   * {@code periodic(Tf - d, d)}): up for {@code on}, down for {@code off}, repeating.
   */
  static Periodic periodic(Duration on, Duration off, OutageMode mode) {
    return new Periodic(on, off, mode);
  }

  /** A single scheduled outage. */
  record Scheduled(Duration start, Duration duration, OutageMode mode) implements OutageModel {
    /** start in [0, 24 h], duration in (0, 24 h]. */
    public Scheduled {
      ProfileChecks.nonNegative("outage start", start);
      ProfileChecks.positive("outage duration", duration);
      Objects.requireNonNull(mode, "mode");
    }

    @Override
    public String describe() {
      return mode.name().toLowerCase(Locale.ROOT)
          + " outage at "
          + ProfileChecks.millis(start)
          + " for "
          + ProfileChecks.millis(duration);
    }
  }

  /** Exponential on/off. */
  record RandomOnOff(Duration meanOn, Duration meanOff, OutageMode mode) implements OutageModel {
    /** Both means in (0, 24 h]. */
    public RandomOnOff {
      ProfileChecks.positive("mean on time", meanOn);
      ProfileChecks.positive("mean off time", meanOff);
      Objects.requireNonNull(mode, "mode");
    }

    /** Long-run fraction of time the link is up. */
    public double availability() {
      return (double) meanOn.toNanos() / (meanOn.toNanos() + meanOff.toNanos());
    }

    @Override
    public String describe() {
      return mode.name().toLowerCase(Locale.ROOT)
          + " random on/off, mean on "
          + ProfileChecks.millis(meanOn)
          + " off "
          + ProfileChecks.millis(meanOff);
    }
  }

  /** Periodic on/off. */
  record Periodic(Duration on, Duration off, OutageMode mode) implements OutageModel {
    /** Both in (0, 24 h]. */
    public Periodic {
      ProfileChecks.positive("periodic on time", on);
      ProfileChecks.positive("periodic off time", off);
      Objects.requireNonNull(mode, "mode");
    }

    @Override
    public String describe() {
      return mode.name().toLowerCase(Locale.ROOT)
          + " periodic on "
          + ProfileChecks.millis(on)
          + " off "
          + ProfileChecks.millis(off);
    }
  }
}
