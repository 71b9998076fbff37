package io.earshot.netem.internal.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether (part of) a user's link is up. Datagrams are dropped while their gate is down, streams
 * are held and released when it comes back. A gate made by {@link #anyOf} is down while any of its
 * parts is: a user link's datagrams pass the whole-link gate and the media-only gate, its streams
 * the whole-link gate and the signaling-only gate. Switched from any thread (a scenario step); read
 * on the link's executor.
 */
public final class OutageGate {

  private final AtomicBoolean down = new AtomicBoolean();
  private final List<Runnable> comeBackListeners = new CopyOnWriteArrayList<>();
  private final OutageGate[] parts;

  public OutageGate() {
    this.parts = new OutageGate[0];
  }

  private OutageGate(OutageGate[] parts) {
    this.parts = parts.clone();
  }

  /**
   * A gate that is down while any of {@code parts} is down (it is never switched itself); its
   * come-back listeners run each time one of the parts comes back, so they must check {@link
   * #isDown()} before releasing anything.
   */
  public static OutageGate anyOf(OutageGate... parts) {
    return new OutageGate(List.of(parts).toArray(OutageGate[]::new)); // List.of refuses nulls
  }

  public boolean isDown() {
    if (down.get()) {
      return true;
    }
    // Indexed: read for every datagram, and an iterator there is garbage the JIT does not remove.
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isDown()) {
        return true;
      }
    }
    return false;
  }

  /** Takes the gate down; no effect if it is already down. Returns whether it was up. */
  public boolean goDown() {
    return down.compareAndSet(false, true);
  }

  /**
   * Brings the gate back and tells the listeners (held streams); no effect if it is up. Returns
   * whether it was down.
   */
  public boolean comeBack() {
    if (down.compareAndSet(true, false)) {
      comeBackListeners.forEach(Runnable::run);
      return true;
    }
    return false;
  }

  /**
   * Runs {@code listener} each time the gate (or, for a gate of parts, one of its parts) comes back
   * up; returns a handle that removes it.
   */
  public Runnable onComeBack(Runnable listener) {
    List<Runnable> removers = new ArrayList<>();
    comeBackListeners.add(listener);
    removers.add(() -> comeBackListeners.remove(listener));
    for (OutageGate part : parts) {
      removers.add(part.onComeBack(listener));
    }
    return () -> removers.forEach(Runnable::run);
  }
}
