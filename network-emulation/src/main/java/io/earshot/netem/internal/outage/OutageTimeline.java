package io.earshot.netem.internal.outage;

import io.earshot.netem.internal.random.RandomStreams;
import io.earshot.netem.profile.OutageModel;
import java.util.List;

/**
 * When a direction is down, as a function of scheduler time (spec 3.5). Queried with non-decreasing
 * times by one stage or queue (random timelines generate their windows forward).
 */
public interface OutageTimeline {

  /** True when {@code atNanos} falls in a down window. */
  boolean isDownAt(long atNanos);

  /** {@code atNanos} itself when up, else the end of the down window containing it. */
  long upAt(long atNanos);

  /** Builds the timeline of one outage model, with times counted from {@code epochNanos}. */
  static OutageTimeline of(
      OutageModel model, long epochNanos, RandomStreams streams, String streamName) {
    if (model instanceof OutageModel.Scheduled s) {
      return new ScheduledOutageTimeline(epochNanos + s.start().toNanos(), s.duration().toNanos());
    }
    if (model instanceof OutageModel.Periodic p) {
      return new PeriodicOutageTimeline(epochNanos, p.on().toNanos(), p.off().toNanos());
    }
    OutageModel.RandomOnOff r = (OutageModel.RandomOnOff) model;
    return new RandomOnOffTimeline(
        epochNanos, r.meanOn().toNanos(), r.meanOff().toNanos(), streams.stream(streamName));
  }

  /** Down when any of {@code parts} is down. */
  static OutageTimeline anyOf(List<OutageTimeline> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<OutageTimeline> copy = List.copyOf(parts);
    return new OutageTimeline() {
      @Override
      public boolean isDownAt(long atNanos) {
        for (OutageTimeline t : copy) {
          if (t.isDownAt(atNanos)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public long upAt(long atNanos) {
        long t = atNanos;
        boolean moved = true;
        while (moved) {
          moved = false;
          for (OutageTimeline part : copy) {
            long up = part.upAt(t);
            if (up > t) {
              t = up;
              moved = true;
            }
          }
        }
        return t;
      }
    };
  }
}
