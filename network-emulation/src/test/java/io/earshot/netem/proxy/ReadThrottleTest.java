package io.earshot.netem.proxy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.Direction;
import io.earshot.netem.StreamLink;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

/** Backpressure decisions without sockets: EmbeddedChannel source and target. */
class ReadThrottleTest {

  private final EmbeddedChannel source = new EmbeddedChannel();
  private final EmbeddedChannel target = new EmbeddedChannel();
  private final FakeStreamLink link = new FakeStreamLink();
  private final ReadThrottle throttle = new ReadThrottle(source, target, link);

  @Test
  void stopsAboveTheHighWaterMarkAndResumesBelowTheLowOne() {
    assertTrue(source.config().isAutoRead());
    link.pending = ReadThrottle.HIGH_WATER_BYTES;
    throttle.update();
    assertFalse(source.config().isAutoRead(), "stopped at the high-water mark");

    link.pending = ReadThrottle.LOW_WATER_BYTES;
    throttle.update();
    assertFalse(source.config().isAutoRead(), "hysteresis: not yet below the low-water mark");

    link.pending = ReadThrottle.LOW_WATER_BYTES - 1;
    throttle.update();
    assertTrue(source.config().isAutoRead(), "resumed below the low-water mark");
  }

  @Test
  void stopsWhileTheTargetCannotTakeMoreWrites() {
    target.write(Unpooled.wrappedBuffer(new byte[128 * 1024]));
    assertFalse(target.isWritable());
    throttle.update();
    assertFalse(source.config().isAutoRead());

    target.flushOutbound();
    target.releaseOutbound();
    assertTrue(target.isWritable());
    throttle.update();
    assertTrue(source.config().isAutoRead());
  }

  private static final class FakeStreamLink implements StreamLink {
    long pending;

    @Override
    public Direction direction() {
      return Direction.UPLINK;
    }

    @Override
    public void write(byte[] chunk) {}

    @Override
    public void end() {}

    @Override
    public long pendingBytes() {
      return pending;
    }
  }
}
