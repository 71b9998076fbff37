package io.earshot.netem.proxy;

import io.earshot.netem.StreamLink;
import io.netty.channel.Channel;

/**
 * Backpressure for one relayed direction: stop reading the source while the link holds more than
 * {@link #HIGH_WATER_BYTES} for it or the target cannot take more writes; read again below {@link
 * #LOW_WATER_BYTES}. Without it a stalled link (outage) would buffer without bound.
 */
final class ReadThrottle {

  static final long HIGH_WATER_BYTES = 256 * 1024;
  static final long LOW_WATER_BYTES = 64 * 1024;

  private final Channel source;
  private final Channel target;
  private final StreamLink direction;

  ReadThrottle(Channel source, Channel target, StreamLink direction) {
    this.source = source;
    this.target = target;
    this.direction = direction;
  }

  /** Re-evaluates after a write into the link, a delivery, or a writability change. */
  void update() {
    boolean reading = source.config().isAutoRead();
    long limit = reading ? HIGH_WATER_BYTES : LOW_WATER_BYTES;
    boolean shouldRead = direction.pendingBytes() < limit && target.isWritable();
    if (shouldRead != reading && source.isActive()) {
      source.config().setAutoRead(shouldRead);
    }
  }
}
