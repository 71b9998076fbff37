package io.earshot.netem.internal.link;

import io.earshot.netem.internal.outage.OutageTimeline;
import io.earshot.netem.internal.queue.BottleneckConfig;
import io.earshot.netem.internal.stage.CorrelatedLossStage;
import io.earshot.netem.internal.stage.CorruptStage;
import io.earshot.netem.internal.stage.DuplicateStage;
import io.earshot.netem.internal.stage.FourStateLossStage;
import io.earshot.netem.internal.stage.GilbertElliottLossStage;
import io.earshot.netem.internal.stage.JitterDelayStage;
import io.earshot.netem.internal.stage.KOfNLossStage;
import io.earshot.netem.internal.stage.LateReorderStage;
import io.earshot.netem.internal.stage.NetemReorderStage;
import io.earshot.netem.internal.stage.OutageGate;
import io.earshot.netem.internal.stage.OutageGateStage;
import io.earshot.netem.internal.stage.OutageWindowStage;
import io.earshot.netem.internal.stage.PacketStage;
import io.earshot.netem.internal.stage.PatternLossStage;
import io.earshot.netem.internal.stage.RandomLossConfig;
import io.earshot.netem.internal.stage.RandomLossStage;
import io.earshot.netem.profile.DelayModel;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.FourStateLoss;
import io.earshot.netem.profile.LossModel;
import io.earshot.netem.profile.OutageMode;
import io.earshot.netem.profile.OutageModel;
import io.earshot.netem.profile.ReorderModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds the datagram chain of a {@link DirectionProfile} in the spec's order (section 1.2). A
 * stage whose setting equals the previous chain's keeps its instance, and so its state (a
 * Gilbert-Elliott state, a delay AR(1) value, an outage timeline), so changing one setting at
 * runtime does not reset the others.
 */
public final class DatagramChainFactory {

  private final StageStreams streams;
  private final OutageGate gate;

  /**
   * @param streams the direction's persistent random streams
   * @param gate the link's manual outage gate
   */
  public DatagramChainFactory(StageStreams streams, OutageGate gate) {
    this.streams = Objects.requireNonNull(streams, "streams");
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  /**
   * @param profile what the direction becomes
   * @param previous the chain in use (null for the first)
   * @param epochNanos now: the origin of the profile's outage and trace times
   */
  public DatagramChain build(DirectionProfile profile, DatagramChain previous, long epochNanos) {
    List<DatagramChain.Slot> ingress = new ArrayList<>();
    List<DatagramChain.Slot> egress = new ArrayList<>();
    ingress.add(slot(previous, OutageGateStage.NAME, gate, () -> new OutageGateStage(gate)));
    List<OutageModel> dropping =
        profile.outages().stream().filter(o -> o.mode() == OutageMode.DROP).toList();
    if (!dropping.isEmpty()) {
      ingress.add(
          slot(
              previous,
              OutageWindowStage.NAME,
              dropping,
              () -> new OutageWindowStage(timeline(dropping, epochNanos, "outage"))));
    }
    if (profile.duplicate() != null) {
      ingress.add(
          slot(
              previous,
              DuplicateStage.NAME,
              profile.duplicate(),
              () -> new DuplicateStage(profile.duplicate(), streams.get(DuplicateStage.NAME))));
    }
    LossModel loss = profile.loss();
    if (loss != null) {
      DatagramChain.Slot lossSlot = slot(previous, "loss", loss, () -> lossStage(loss, epochNanos));
      (profile.lossBeforeQueue() ? ingress : egress).add(lossSlot);
    }
    List<OutageModel> holding =
        profile.outages().stream().filter(o -> o.mode() == OutageMode.HOLD).toList();
    List<Object> bottleneckSpec =
        List.of(profile.rate() == null ? "none" : profile.rate(), holding);
    BottleneckConfig bottleneck;
    if (previous != null && bottleneckSpec.equals(previous.bottleneckSpec)) {
      bottleneck = previous.bottleneck;
    } else if (profile.rate() == null && holding.isEmpty()) {
      bottleneck = BottleneckConfig.PASS_THROUGH;
    } else {
      bottleneck =
          BottleneckConfig.of(
              profile.rate(),
              holding.isEmpty() ? null : timeline(holding, epochNanos, "hold"),
              epochNanos);
    }
    if (profile.corrupt() != null) {
      egress.add(
          slot(
              previous,
              CorruptStage.NAME,
              profile.corrupt(),
              () -> new CorruptStage(profile.corrupt(), streams.get(CorruptStage.NAME))));
    }
    DelayModel delay = profile.delay();
    egress.add(
        slot(
            previous,
            JitterDelayStage.NAME,
            delay,
            () -> new JitterDelayStage(() -> delay, streams.get(JitterDelayStage.NAME))));
    ReorderModel reorder = profile.reorder();
    if (reorder != null) {
      egress.add(slot(previous, "reorder", reorder, () -> reorderStage(reorder)));
    }
    return new DatagramChain(
        profile, ingress, bottleneck, bottleneckSpec, egress, !profile.allowReordering());
  }

  private PacketStage lossStage(LossModel loss, long epochNanos) {
    var random = streams.get("loss");
    if (loss instanceof LossModel.Random r) {
      RandomLossConfig config = new RandomLossConfig(r.probability());
      return new RandomLossStage(() -> config, random);
    }
    if (loss instanceof LossModel.Correlated c) {
      return new CorrelatedLossStage(c, random);
    }
    if (loss instanceof LossModel.GilbertElliott ge) {
      return new GilbertElliottLossStage(ge, random);
    }
    if (loss instanceof FourStateLoss fs) {
      return new FourStateLossStage(fs, random);
    }
    if (loss instanceof LossModel.KOfN k) {
      return new KOfNLossStage(k, random);
    }
    return new PatternLossStage(loss, epochNanos);
  }

  private PacketStage reorderStage(ReorderModel reorder) {
    var random = streams.get("reorder");
    if (reorder instanceof ReorderModel.Netem netem) {
      return new NetemReorderStage(netem, random);
    }
    return new LateReorderStage(reorder, random);
  }

  private OutageTimeline timeline(List<OutageModel> models, long epochNanos, String prefix) {
    List<OutageTimeline> parts = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      parts.add(
          OutageTimeline.of(models.get(i), epochNanos, streams.derivation(), prefix + "-" + i));
    }
    return OutageTimeline.anyOf(parts);
  }

  private static DatagramChain.Slot slot(
      DatagramChain previous, String name, Object spec, Supplier<PacketStage> create) {
    if (previous != null) {
      for (DatagramChain.Slot old : previous.ingress) {
        if (old.name().equals(name) && old.spec().equals(spec)) {
          return old;
        }
      }
      for (DatagramChain.Slot old : previous.egress) {
        if (old.name().equals(name) && old.spec().equals(spec)) {
          return old;
        }
      }
    }
    return new DatagramChain.Slot(name, spec, create.get());
  }
}
