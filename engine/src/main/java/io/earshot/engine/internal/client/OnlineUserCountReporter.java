package io.earshot.engine.internal.client;

import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;

/**
 * Fires {@code onRoomOnlineUserCountUpdate} every 30 s while logged in, the first 30 s after {@code
 * LOGINED} (contract §3.5, §7), with the count the server last announced ({@code room_user_count},
 * sent after every join and leave).
 */
final class OnlineUserCountReporter {
  static final long PERIOD_NANOS = 30_000_000_000L;

  private final Scheduler scheduler;
  private final CallbackDispatcher callbacks;
  private Cancellable timer = Cancellable.NONE;
  private int count;

  OnlineUserCountReporter(Scheduler scheduler, CallbackDispatcher callbacks) {
    this.scheduler = scheduler;
    this.callbacks = callbacks;
  }

  /**
   * Starts the period for {@code roomId}; until the server says otherwise the room holds only this
   * user.
   */
  void start(String roomId) {
    stop();
    count = 1;
    timer =
        scheduler.scheduleAtFixedRate(
            () -> {
              int now = count;
              callbacks.post(h -> h.onRoomOnlineUserCountUpdate(roomId, now));
            },
            PERIOD_NANOS,
            PERIOD_NANOS);
  }

  void update(int newCount) {
    count = newCount;
  }

  void stop() {
    timer.cancel();
    timer = Cancellable.NONE;
  }
}
