package io.earshot.netem.internal.stage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a user's link is up. Shared by all directions of the link: datagrams are dropped while it
 * is down, streams are held and released when it comes back. Switched from any thread (a scenario
 * step); read on the link's executor.
 */
public final class OutageGate {

  private final AtomicBoolean down = new AtomicBoolean();
  private final List<Runnable> comeBackListeners = new CopyOnWriteArrayList<>();

  public boolean isDown() {
    return down.get();
  }

  /** Takes the link down; no effect if it is already down. */
  public void goDown() {
    down.set(true);
  }

  /** Brings the link back and tells the listeners (held streams); no effect if it is up. */
  public void comeBack() {
    if (down.compareAndSet(true, false)) {
      comeBackListeners.forEach(Runnable::run);
    }
  }

  /** Runs {@code listener} each time the gate comes back up; returns a handle that removes it. */
  public Runnable onComeBack(Runnable listener) {
    comeBackListeners.add(listener);
    return () -> comeBackListeners.remove(listener);
  }
}
