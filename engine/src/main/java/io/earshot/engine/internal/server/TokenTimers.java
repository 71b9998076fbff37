package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.signaling.SignalingMessage.TokenWillExpire;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;

/**
 * A token login's two timers (contract §8.5): the will-expire notice 30 s before the token's expiry
 * (at once if less remains) and the kick-out at expiry, re-armed when the token is renewed.
 */
final class TokenTimers {
  /** The will-expire notice comes this long before a token's expiry (contract §7). */
  private static final long NOTICE_MILLIS = 30_000;

  private final Scheduler scheduler;
  private final ServerCounters counters;
  private final RoomMembership membership;

  TokenTimers(Scheduler scheduler, ServerCounters counters, RoomMembership membership) {
    this.scheduler = scheduler;
    this.counters = counters;
    this.membership = membership;
  }

  void arm(ServerSession session) {
    session.tokenTimers.cancel();
    if (session.tokenExpireEpochSeconds == 0) {
      session.tokenTimers = Cancellable.NONE;
      return;
    }
    long remainMillis = session.tokenExpireEpochSeconds * 1000 - scheduler.epochMillis();
    long noticeDelay = Math.max(0, remainMillis - NOTICE_MILLIS);
    Cancellable notice = scheduler.schedule(() -> notice(session), noticeDelay * 1_000_000L);
    Cancellable expiry =
        scheduler.schedule(() -> expire(session), Math.max(0, remainMillis) * 1_000_000L);
    session.tokenTimers =
        () -> {
          notice.cancel();
          expiry.cancel();
        };
  }

  private void notice(ServerSession session) {
    if (session.phase == ServerSession.Phase.LOGGED_IN) {
      long remain = session.tokenExpireEpochSeconds * 1000 - scheduler.epochMillis();
      session.send(new TokenWillExpire((int) Math.max(0, (remain + 999) / 1000)));
    }
  }

  private void expire(ServerSession session) {
    if (session.phase != ServerSession.Phase.LOGGED_IN) {
      return;
    }
    counters.increment("tokens.expired_kicks");
    membership.kick(session, ErrorCode.ROOM_TOKEN_EXPIRED_KICKED_OUT, 4, true);
  }
}
