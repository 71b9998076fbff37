package io.earshot.engine;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The engine's timing defaults of contract §7, written here once: heartbeats, when the signaling
 * link and the media path count as broken, the reconnection attempts and the windows they run in.
 * In simulated time every value is virtual time. Immutable; change with {@link #toBuilder()}.
 *
 * @param heartbeat how often the client sends a heartbeat while logged in
 * @param signalingBrokenAfter silence from the server after which the link counts as broken
 * @param mediaBrokenAfter silence of the server's RTCP after which the media path counts as broken
 * @param attemptTimeout how long one login or reconnection attempt may take
 * @param retryDelays delays before the first retries after a failure
 * @param retryPeriod delay between later retries
 * @param reconnectWindow how long the engine keeps trying (reconnection, login, publish and play)
 */
public record EngineTimings(
    Duration heartbeat,
    Duration signalingBrokenAfter,
    Duration mediaBrokenAfter,
    Duration attemptTimeout,
    List<Duration> retryDelays,
    Duration retryPeriod,
    Duration reconnectWindow) {

  /** Contract §7: 2 s, 4 s, 5 s, 5 s, (0.5 s, 1 s, 2 s), every 3 s, 20 minutes. */
  public static final EngineTimings DEFAULTS =
      new EngineTimings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(4),
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)),
          Duration.ofSeconds(3),
          Duration.ofMinutes(20));

  public EngineTimings {
    positive("heartbeat", heartbeat);
    positive("signalingBrokenAfter", signalingBrokenAfter);
    positive("mediaBrokenAfter", mediaBrokenAfter);
    positive("attemptTimeout", attemptTimeout);
    retryDelays = List.copyOf(Objects.requireNonNull(retryDelays, "retryDelays"));
    retryDelays.forEach(d -> positive("retry delay", d));
    positive("retryPeriod", retryPeriod);
    positive("reconnectWindow", reconnectWindow);
  }

  /** The delay before retry number {@code n} (0 = the first retry after a failure). */
  public Duration retryDelay(int n) {
    return n < retryDelays.size() ? retryDelays.get(n) : retryPeriod;
  }

  /** A copy with another reconnection window (tests of the window's end use a short one). */
  public EngineTimings withReconnectWindow(Duration window) {
    return new EngineTimings(
        heartbeat,
        signalingBrokenAfter,
        mediaBrokenAfter,
        attemptTimeout,
        retryDelays,
        retryPeriod,
        window);
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, found " + d);
    }
  }
}
