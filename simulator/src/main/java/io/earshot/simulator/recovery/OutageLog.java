package io.earshot.simulator.recovery;

import io.earshot.netem.FaultListener;
import io.earshot.netem.LinkFault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Every outage of a scenario in the order they started: the faults of the users' links (heard
 * through their {@link FaultListener}s) and the server's. Written by steps and link threads, read
 * by assertions and reports; every access is synchronized.
 */
public final class OutageLog {
  private final LongSupplier scenarioNanos;
  private final List<Outage> outages = new ArrayList<>();

  /**
   * @param scenarioNanos scenario time now
   */
  public OutageLog(LongSupplier scenarioNanos) {
    this.scenarioNanos = scenarioNanos;
  }

  /** A listener for the link of {@code user} that logs its faults. */
  public FaultListener listenerFor(String user) {
    return new FaultListener() {
      @Override
      public void changed(LinkFault fault, boolean active) {
        if (fault == LinkFault.SIGNALING_RESET) {
          if (active) {
            instant(Outage.Kind.SIGNALING_RESET, user);
          }
        } else if (active) {
          started(Outage.Kind.of(fault), user);
        } else {
          ended(Outage.Kind.of(fault), user);
        }
      }

      @Override
      public void endsAfter(LinkFault fault, Duration after) {
        plannedEnd(Outage.Kind.of(fault), user, after.toNanos());
      }
    };
  }

  /** An outage of {@code user} (null: the server) starts now. */
  public synchronized void started(Outage.Kind kind, String user) {
    outages.add(new Outage(kind, user, scenarioNanos.getAsLong(), Outage.OPEN, Outage.OPEN));
  }

  /** The open outage of that kind and user is due to end {@code afterNanos} after it started. */
  public synchronized void plannedEnd(Outage.Kind kind, String user, long afterNanos) {
    int i = openIndex(kind, user);
    if (i >= 0) {
      outages.set(i, outages.get(i).plannedToEndAt(outages.get(i).startNanos() + afterNanos));
    }
  }

  /** The open outage of that kind and user ends now; no effect if none is open. */
  public synchronized void ended(Outage.Kind kind, String user) {
    int i = openIndex(kind, user);
    if (i >= 0) {
      outages.set(i, outages.get(i).endedAt(scenarioNanos.getAsLong()));
    }
  }

  private int openIndex(Outage.Kind kind, String user) {
    for (int i = outages.size() - 1; i >= 0; i--) {
      Outage o = outages.get(i);
      if (o.kind() == kind && !o.ended() && Objects.equals(o.user(), user)) {
        return i;
      }
    }
    return -1;
  }

  /** An outage that starts and ends now (a reset, a restart). */
  public synchronized void instant(Outage.Kind kind, String user) {
    long now = scenarioNanos.getAsLong();
    outages.add(new Outage(kind, user, now, now, now));
  }

  /** Every outage so far, in the order they started. */
  public synchronized List<Outage> all() {
    return List.copyOf(outages);
  }

  /** The outage that affected {@code user} (its link's or the server's) and started last. */
  public synchronized Optional<Outage> latestAffecting(String user) {
    for (int i = outages.size() - 1; i >= 0; i--) {
      if (outages.get(i).affects(user)) {
        return Optional.of(outages.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Where the figures of {@code outage} stop looking: the start of the next outage that affects
   * {@code user} and starts after {@code outage} ended ({@link Outage#OPEN} if none).
   */
  public synchronized long horizon(Outage outage, String user) {
    for (Outage o : outages) {
      if (o.affects(user) && o.startNanos() > outage.endNanos()) {
        return o.startNanos();
      }
    }
    return Outage.OPEN;
  }
}
