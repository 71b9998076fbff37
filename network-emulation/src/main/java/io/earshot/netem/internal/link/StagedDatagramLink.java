package io.earshot.netem.internal.link;

import io.earshot.netem.DatagramLink;
import io.earshot.netem.Direction;
import io.earshot.netem.EmulationScheduler;
import io.earshot.netem.internal.stage.PacketFate;
import io.earshot.netem.internal.stage.PacketStage;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A datagram direction as a chain of {@link PacketStage}s: each datagram runs through every stage
 * at the scheduler's current time, then is dropped (counted by cause) or queued and delivered to
 * the sink by a scheduled task.
 */
public final class StagedDatagramLink implements DatagramLink {

    private final Direction direction;
    private final EmulationScheduler scheduler;
    private final List<PacketStage> stages;
    private final DatagramCounters counters;
    private final DecisionLog decisionLog;
    private final Consumer<byte[]> sink;
    private final PacketFate fate = new PacketFate();
    private final DeliveryQueue<byte[]> pending = new DeliveryQueue<>();
    private final Runnable deliverNext = this::deliverNext;
    private long nextIndex;

    /**
     * @param stages applied in list order to every datagram
     * @param sink receives delivered datagrams on the scheduler's executor
     */
    public StagedDatagramLink(Direction direction, EmulationScheduler scheduler,
            List<PacketStage> stages, DatagramCounters counters, DecisionLog decisionLog,
            Consumer<byte[]> sink) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.stages = List.copyOf(stages);
        this.counters = Objects.requireNonNull(counters, "counters");
        this.decisionLog = Objects.requireNonNull(decisionLog, "decisionLog");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public void send(byte[] datagram) {
        Objects.requireNonNull(datagram, "datagram");
        fate.reset(nextIndex++, datagram.length, scheduler.nowNanos());
        for (PacketStage stage : stages) {
            stage.apply(fate);
        }
        counters.offered(datagram.length);
        decisionLog.record(fate);
        if (fate.isDropped()) {
            counters.dropped(fate.dropCause());
            return;
        }
        if (fate.orderClamped()) {
            counters.orderClamped();
        }
        pending.add(fate.deliverAtNanos(), datagram);
        scheduler.schedule(fate.deliverAtNanos(), deliverNext);
    }

    private void deliverNext() {
        DeliveryQueue.Pending<byte[]> next = pending.poll();
        if (next == null) {
            return;
        }
        byte[] datagram = next.item();
        counters.delivered(datagram.length, scheduler.nowNanos() - next.deliverAtNanos());
        sink.accept(datagram);
    }
}
