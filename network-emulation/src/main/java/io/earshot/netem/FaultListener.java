package io.earshot.netem;

import java.time.Duration;

/**
 * Told when a manual fault of a user link starts and ends. Runs on the thread that switched the
 * fault: the caller's for {@code goDown()} and the like, the link's executor for the end of a
 * {@code goDownFor(...)}. A {@link LinkFault#SIGNALING_RESET} starts and ends at once.
 */
@FunctionalInterface
public interface FaultListener {
  /**
   * @param fault which fault
   * @param active true when it starts, false when it ends
   */
  void changed(LinkFault fault, boolean active);

  /**
   * The fault that just started ends by itself {@code after} this long ({@code goDownFor(...)} and
   * the like); told right after {@code changed(fault, true)}.
   */
  default void endsAfter(LinkFault fault, Duration after) {}
}
