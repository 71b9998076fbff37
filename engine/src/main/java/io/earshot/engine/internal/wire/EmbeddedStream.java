package io.earshot.engine.internal.wire;

import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.transport.ByteSink;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.function.Consumer;

/**
 * A Netty pipeline over a byte stream instead of a socket: bytes from the peer go in at the bottom,
 * what the pipeline writes goes out to a {@link ByteSink}, and Netty's timers (handshake timeouts)
 * run on the engine's scheduler. Simulated time runs the real signaling stacks this way, so the
 * emulated link carries the same bytes as a socket would. Not thread-safe: call on the scheduler.
 */
public final class EmbeddedStream {
  private final EmbeddedChannel channel;
  private final Scheduler scheduler;
  private final ByteSink out;
  private Cancellable wakeup = Cancellable.NONE;
  private long wakeupAt = Long.MAX_VALUE;
  private boolean ended;

  private EmbeddedStream(Scheduler scheduler, ByteSink out, Consumer<ChannelPipeline> stack) {
    this.scheduler = scheduler;
    this.out = out;
    this.channel =
        EmbeddedChannel.builder()
            .ticker(new SchedulerTicker(scheduler))
            .handlers(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    ch.pipeline().addLast(new OutboundTap());
                    stack.accept(ch.pipeline());
                  }
                })
            .build();
  }

  /** Starts a stack whose output goes to {@code out}; it becomes active at once. */
  public static EmbeddedStream open(
      Scheduler scheduler, ByteSink out, Consumer<ChannelPipeline> stack) {
    EmbeddedStream stream = new EmbeddedStream(scheduler, out, stack);
    stream.pump();
    return stream;
  }

  /** What the peer sends, as a sink. */
  public ByteSink input() {
    return new ByteSink() {
      @Override
      public void write(byte[] chunk) {
        receive(chunk);
      }

      @Override
      public void end() {
        close();
      }
    };
  }

  /** Bytes from the peer. */
  public void receive(byte[] chunk) {
    if (channel.isOpen()) {
      channel.writeInbound(Unpooled.wrappedBuffer(chunk));
      pump();
    }
  }

  /** Writes a message at the top of the pipeline. */
  public void write(Object message) {
    if (channel.isOpen()) {
      channel.writeAndFlush(message);
      pump();
    }
  }

  /** Closes the channel (the pipeline sees it go inactive) and ends the outgoing stream. */
  public void close() {
    channel.close();
    pump();
  }

  public boolean isOpen() {
    return channel.isOpen();
  }

  private void pump() {
    channel.runPendingTasks();
    long delay = channel.runScheduledPendingTasks();
    drainOutbound();
    if (!channel.isOpen()) {
      end();
      return;
    }
    if (delay >= 0) {
      long due = scheduler.nanoTime() + delay;
      if (due < wakeupAt) {
        wakeup.cancel();
        wakeupAt = due;
        wakeup =
            scheduler.schedule(
                () -> {
                  wakeupAt = Long.MAX_VALUE;
                  pump();
                },
                delay);
      }
    }
  }

  private void end() {
    if (!ended) {
      ended = true;
      wakeup.cancel();
      out.end();
    }
  }

  private void drainOutbound() {
    drainOutbound(channel);
  }

  /** Takes the channel as an argument: the first writes happen while it is being built. */
  private void drainOutbound(EmbeddedChannel channel) {
    for (Object o = channel.readOutbound(); o != null; o = channel.readOutbound()) {
      ByteBuf buf = (ByteBuf) o;
      byte[] bytes = ByteBufUtil.getBytes(buf);
      buf.release();
      if (!ended && bytes.length > 0) {
        out.write(bytes);
      }
    }
  }

  /**
   * At the bottom of the pipeline: whatever is flushed or closed there, also from a write made
   * outside this class (the room server answering later), leaves at once.
   */
  private final class OutboundTap extends ChannelOutboundHandlerAdapter {
    @Override
    public void flush(ChannelHandlerContext ctx) {
      ctx.flush();
      drainOutbound((EmbeddedChannel) ctx.channel());
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) throws Exception {
      ctx.close(promise);
      drainOutbound((EmbeddedChannel) ctx.channel());
      end();
    }
  }
}
