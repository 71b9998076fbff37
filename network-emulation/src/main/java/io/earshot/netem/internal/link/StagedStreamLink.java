package io.earshot.netem.internal.link;

import io.earshot.netem.Direction;
import io.earshot.netem.EmulationScheduler;
import io.earshot.netem.StreamLink;
import io.earshot.netem.StreamSink;
import io.earshot.netem.internal.stage.OutageGate;
import io.earshot.netem.internal.stage.PacketFate;
import io.earshot.netem.internal.stage.PacketStage;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;

/**
 * A byte-stream direction: chunks run through stages that may only delay them (loss as stall,
 * delay, FIFO order), never drop them. While the outage gate is down, chunks are held in order and
 * enter the link when it comes back; the end of the stream travels as a marker behind the last
 * chunk, so a close never overtakes data.
 */
public final class StagedStreamLink implements StreamLink {

  /** Marks the end of the stream in the queues; compared by identity. */
  private static final byte[] END = new byte[0];

  private final Direction direction;
  private final EmulationScheduler scheduler;
  private final OutageGate gate;
  private final List<PacketStage> stages;
  private final StreamCounters counters;
  private final StreamSink sink;
  private final PacketFate fate = new PacketFate();
  private final ArrayDeque<byte[]> held = new ArrayDeque<>();
  private final DeliveryQueue<byte[]> pending = new DeliveryQueue<>();
  private final Runnable deliverNext = this::deliverNext;
  private long nextIndex;
  private long pendingBytes;
  private long holdStartNanos;
  private boolean ended;
  private boolean closed;

  public StagedStreamLink(
      Direction direction,
      EmulationScheduler scheduler,
      OutageGate gate,
      List<PacketStage> stages,
      StreamCounters counters,
      StreamSink sink) {
    this.direction = Objects.requireNonNull(direction, "direction");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.stages = List.copyOf(stages);
    this.counters = Objects.requireNonNull(counters, "counters");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  @Override
  public Direction direction() {
    return direction;
  }

  @Override
  public void write(byte[] chunk) {
    Objects.requireNonNull(chunk, "chunk");
    if (ended) {
      throw new IllegalStateException(
          "cannot write to the " + direction.label() + " stream after end()");
    }
    if (closed || chunk.length == 0) {
      return;
    }
    counters.offered(chunk.length);
    pendingBytes += chunk.length;
    enter(chunk);
  }

  @Override
  public void end() {
    if (ended || closed) {
      return;
    }
    ended = true;
    enter(END);
  }

  @Override
  public long pendingBytes() {
    return pendingBytes;
  }

  /** Called by the gate's listener, from any thread: release held chunks on the executor. */
  public void onGateUp() {
    scheduler.schedule(scheduler.nowNanos(), this::release);
  }

  /** Drops everything pending and delivers nothing more (connection gone). Executor only. */
  public void close() {
    closed = true;
    held.clear();
    pending.clear();
    pendingBytes = 0;
  }

  private void enter(byte[] item) {
    long now = scheduler.nowNanos();
    // Later chunks queue behind held ones even if the gate is already up again, until release.
    if (gate.isDown() || !held.isEmpty()) {
      if (held.isEmpty()) {
        holdStartNanos = now;
      }
      held.add(item);
      return;
    }
    forward(item, now);
  }

  private void release() {
    if (closed || gate.isDown() || held.isEmpty()) {
      return;
    }
    long now = scheduler.nowNanos();
    counters.outageStall(now - holdStartNanos);
    while (!held.isEmpty()) {
      forward(held.poll(), now);
    }
  }

  private void forward(byte[] item, long now) {
    fate.reset(nextIndex++, item.length, now);
    for (PacketStage stage : stages) {
      stage.apply(fate);
    }
    if (fate.lossStalled() && item != END) {
      counters.lossStall();
    }
    pending.add(fate.deliverAtNanos(), item);
    scheduler.schedule(fate.deliverAtNanos(), deliverNext);
  }

  private void deliverNext() {
    DeliveryQueue.Pending<byte[]> next = pending.poll();
    if (next == null || closed) {
      return;
    }
    byte[] item = next.item();
    if (item == END) {
      sink.onEnd();
      return;
    }
    pendingBytes -= item.length;
    counters.delivered(item.length);
    sink.onData(item);
  }
}
