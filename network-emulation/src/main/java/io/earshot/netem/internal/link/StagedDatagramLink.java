package io.earshot.netem.internal.link;

import io.earshot.netem.DatagramLink;
import io.earshot.netem.Direction;
import io.earshot.netem.DropCause;
import io.earshot.netem.DropListener;
import io.earshot.netem.EmulationScheduler;
import io.earshot.netem.internal.queue.BottleneckQueue;
import io.earshot.netem.internal.stage.FifoOrderStage;
import io.earshot.netem.internal.stage.PacketFate;
import io.earshot.netem.internal.stage.PacketStage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A datagram direction running the current {@link DatagramChain}: on arrival the stages before the
 * bottleneck, then the bottleneck queue (skipped while it is a pass-through and empty), then, when
 * the packet departs, the stages after it and the FIFO clamp. The final decision is counted, logged
 * and, for a delivery, queued and handed to the sink by a scheduled task.
 *
 * <p>Queue events happen at computed times: the link advances the queue before each arrival and at
 * the queue's next event time, so decisions never depend on when a task actually ran.
 */
public final class StagedDatagramLink implements DatagramLink {

  /** A packet waiting in the bottleneck, with the chain it arrived under. */
  private record Queued(PacketFate fate, DatagramChain chain) {}

  /** A delivery waiting for its time. */
  private record Delivery(byte[] payload, long index, boolean copy) {}

  private final Direction direction;
  private final EmulationScheduler scheduler;
  private final Supplier<DatagramChain> chains;
  private final DatagramCounters counters;
  private final DecisionLog decisionLog;
  private final Consumer<byte[]> sink;
  private final PacketFate reusableFate = new PacketFate();
  private final FifoOrderStage order = new FifoOrderStage();
  private final BottleneckQueue<Queued> queue = new BottleneckQueue<>(new QueueEvents());
  private final DeliveryQueue<Delivery> pending = new DeliveryQueue<>();
  private final Runnable deliverNext = this::deliverNext;
  private long nextIndex;
  private long advanceToken;
  private long advanceAt = Long.MAX_VALUE;
  private volatile DropListener dropListener;

  /**
   * A link with a fixed list of stages applied on arrival (no bottleneck, no link-level order
   * clamp): the original form, kept for stage-level tests.
   */
  public StagedDatagramLink(
      Direction direction,
      EmulationScheduler scheduler,
      List<PacketStage> stages,
      DatagramCounters counters,
      DecisionLog decisionLog,
      Consumer<byte[]> sink) {
    this(
        direction,
        scheduler,
        constant(DatagramChain.ofStages(stages)),
        counters,
        decisionLog,
        sink);
  }

  /**
   * @param chains read once per packet: the chain in force (replaced by profile changes)
   * @param sink receives delivered datagrams on the scheduler's executor
   */
  public StagedDatagramLink(
      Direction direction,
      EmulationScheduler scheduler,
      Supplier<DatagramChain> chains,
      DatagramCounters counters,
      DecisionLog decisionLog,
      Consumer<byte[]> sink) {
    this.direction = Objects.requireNonNull(direction, "direction");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.chains = Objects.requireNonNull(chains, "chains");
    this.counters = Objects.requireNonNull(counters, "counters");
    this.decisionLog = Objects.requireNonNull(decisionLog, "decisionLog");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  private static Supplier<DatagramChain> constant(DatagramChain chain) {
    return () -> chain;
  }

  /** Tells {@code listener} of every drop from now on (null: nobody); see {@link DropListener}. */
  public void observeDrops(DropListener listener) {
    this.dropListener = listener;
  }

  @Override
  public Direction direction() {
    return direction;
  }

  @Override
  public void send(byte[] datagram) {
    Objects.requireNonNull(datagram, "datagram");
    long now = scheduler.nowNanos();
    DatagramChain chain = chains.get();
    boolean queued = !chain.bottleneck.passesThrough() || !queue.isIdle();
    PacketFate fate = queued ? new PacketFate() : reusableFate;
    fate.reset(nextIndex++, datagram.length, now, datagram);
    counters.offered(datagram.length);
    for (PacketStage stage : chain.ingressStages()) {
      stage.apply(fate);
    }
    if (!queued || fate.isDropped()) {
      afterBottleneck(fate, chain);
      return;
    }
    queue.configure(chain.bottleneck);
    queue.offer(new Queued(fate, chain), datagram.length, fate.duplicated() ? 2 : 1, now);
    scheduleAdvance();
  }

  /** Runs the stages after the bottleneck and the order clamp, then settles the packet. */
  private void afterBottleneck(PacketFate fate, DatagramChain chain) {
    for (PacketStage stage : chain.egressStages()) {
      stage.apply(fate);
    }
    if (chain.keepOrder) {
      order.apply(fate);
    } else {
      order.observe(fate);
    }
    settle(fate);
  }

  private void settle(PacketFate fate) {
    counters.decided(fate.index(), fate.isDropped());
    decisionLog.record(fate);
    if (fate.isDropped()) {
      counters.dropped(fate.dropCause());
      DropListener listener = dropListener;
      if (listener != null && fate.payload() != null) {
        listener.dropped(direction, fate.payload(), fate.dropCause());
      }
      return;
    }
    if (fate.orderClamped()) {
      counters.orderClamped();
    }
    if (fate.corrupted()) {
      counters.corrupted();
    }
    byte[] payload = fate.payload();
    pending.add(fate.deliverAtNanos(), new Delivery(payload, fate.index(), false));
    scheduler.schedule(fate.deliverAtNanos(), deliverNext);
    if (fate.duplicated()) {
      long at = fate.deliverAtNanos() + fate.copyExtraNanos();
      pending.add(at, new Delivery(Arrays.copyOf(payload, payload.length), fate.index(), true));
      scheduler.schedule(at, deliverNext);
    }
  }

  private void scheduleAdvance() {
    long next = queue.nextEventAt();
    if (next == Long.MAX_VALUE || next >= advanceAt) {
      return;
    }
    advanceAt = next;
    long token = ++advanceToken;
    scheduler.schedule(next, () -> advance(token));
  }

  private void advance(long token) {
    if (token != advanceToken) {
      return;
    }
    advanceAt = Long.MAX_VALUE;
    queue.advanceTo(scheduler.nowNanos());
    scheduleAdvance();
  }

  private void deliverNext() {
    DeliveryQueue.Pending<Delivery> next = pending.poll();
    if (next == null) {
      return;
    }
    Delivery delivery = next.item();
    if (delivery.copy()) {
      counters.duplicateDelivered();
    } else {
      counters.delivered(delivery.payload().length, scheduler.nowNanos() - next.deliverAtNanos());
      counters.arrived(delivery.index());
    }
    sink.accept(delivery.payload());
  }

  /** What the bottleneck reports, at computed times. */
  private final class QueueEvents implements BottleneckQueue.Events<Queued> {
    @Override
    public void departed(Queued packet, long atNanos) {
      packet.fate().departAt(atNanos);
      afterBottleneck(packet.fate(), packet.chain());
    }

    @Override
    public void dropped(Queued packet, DropCause cause, long atNanos) {
      packet.fate().drop(cause);
      packet.fate().departAt(atNanos);
      afterBottleneck(packet.fate(), packet.chain());
    }

    @Override
    public void waited(long nanos) {
      counters.queueWait(nanos);
    }
  }
}
