package io.earshot.netem.internal.link;

import io.earshot.netem.internal.queue.BottleneckConfig;
import io.earshot.netem.internal.stage.PacketStage;
import io.earshot.netem.profile.DirectionProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One immutable build of a datagram direction: the stages before the bottleneck, the bottleneck's
 * configuration, the stages after it, and whether the FIFO clamp runs. Packets queued in the
 * bottleneck keep the chain they entered with, so a profile change applies to later packets.
 */
public final class DatagramChain {

  /** A stage together with the setting it was built from, so an equal setting can reuse it. */
  record Slot(String name, Object spec, PacketStage stage) {}

  final DirectionProfile profile;
  final List<Slot> ingress;
  final BottleneckConfig bottleneck;
  final Object bottleneckSpec;
  final List<Slot> egress;
  final boolean keepOrder;
  private final PacketStage[] ingressStages;
  private final PacketStage[] egressStages;

  DatagramChain(
      DirectionProfile profile,
      List<Slot> ingress,
      BottleneckConfig bottleneck,
      Object bottleneckSpec,
      List<Slot> egress,
      boolean keepOrder) {
    this.profile = profile;
    this.ingress = List.copyOf(ingress);
    this.bottleneck = Objects.requireNonNull(bottleneck, "bottleneck");
    this.bottleneckSpec = bottleneckSpec;
    this.egress = List.copyOf(egress);
    this.keepOrder = keepOrder;
    this.ingressStages = this.ingress.stream().map(Slot::stage).toArray(PacketStage[]::new);
    this.egressStages = this.egress.stream().map(Slot::stage).toArray(PacketStage[]::new);
  }

  /**
   * A fixed list of stages all applied on arrival, with no bottleneck and no link-level order clamp
   * (put a {@code FifoOrderStage} in the list for that): the original chain form.
   */
  public static DatagramChain ofStages(List<PacketStage> stages) {
    List<Slot> slots = stages.stream().map(s -> new Slot(s.name(), s, s)).toList();
    return new DatagramChain(null, slots, BottleneckConfig.PASS_THROUGH, null, List.of(), false);
  }

  /** The profile this chain was built from (null for {@link #ofStages}). */
  public DirectionProfile profile() {
    return profile;
  }

  /** Stage names in chain order, the bottleneck shown as "queue". */
  public List<String> stageNames() {
    ArrayList<String> names = new ArrayList<>();
    ingress.forEach(s -> names.add(s.name()));
    if (!bottleneck.passesThrough()) {
      names.add("queue");
    }
    egress.forEach(s -> names.add(s.name()));
    if (keepOrder) {
      names.add("order");
    }
    return names;
  }

  PacketStage[] ingressStages() {
    return ingressStages;
  }

  PacketStage[] egressStages() {
    return egressStages;
  }
}
