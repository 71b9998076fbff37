package io.earshot.netem.internal.link;

import io.earshot.netem.internal.stage.OutageGate;
import io.earshot.netem.internal.stage.RandomLossConfig;
import io.earshot.netem.profile.DirectionProfile;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The live configuration of one direction of a user link: its profile, the datagram chain built
 * from it, and what its byte streams read (loss-as-stall probability, delay). Changed from any
 * thread; the link reads the chain once per packet, so a change applies to packets sent after it
 * and packets in flight keep their decisions.
 */
public final class DirectionState {

  private final DatagramChainFactory factory;
  private volatile DirectionProfile profile = DirectionProfile.IDEAL;
  private volatile DatagramChain chain;
  private volatile RandomLossConfig streamLoss = RandomLossConfig.NONE;

  /**
   * @param streams the direction's datagram stage streams
   * @param gate the link's manual outage gate
   * @param epochNanos creation time
   */
  public DirectionState(StageStreams streams, OutageGate gate, long epochNanos) {
    this.factory = new DatagramChainFactory(streams, gate);
    this.chain = factory.build(profile, null, epochNanos);
  }

  /** Replaces the profile; outage and trace times of new stages count from {@code epochNanos}. */
  public synchronized void apply(DirectionProfile next, long epochNanos) {
    Objects.requireNonNull(next, "profile");
    chain = factory.build(next, chain, epochNanos);
    streamLoss = new RandomLossConfig(next.loss() == null ? 0.0 : next.loss().lossRate());
    profile = next;
  }

  /** Applies {@code change} to the current profile atomically (the convenience setters). */
  public synchronized void edit(UnaryOperator<DirectionProfile> change, long epochNanos) {
    apply(change.apply(profile), epochNanos);
  }

  /** The profile in force. */
  public DirectionProfile profile() {
    return profile;
  }

  /** The datagram chain in force. */
  public DatagramChain chain() {
    return chain;
  }

  /** Loss-as-stall probability of the streams: the loss model's long-run rate. */
  public RandomLossConfig streamLoss() {
    return streamLoss;
  }
}
