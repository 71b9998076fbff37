package io.earshot.netem.internal.stage;

/**
 * One impairment of one link direction, applied to each packet (or stream chunk) in chain order.
 *
 * <p>Rules every stage follows (spec 1.2-1.4): it never reads a clock or blocks, all time comes
 * from the {@link PacketFate}; it draws a fixed number of random numbers per packet from its own
 * stream, even for a packet an earlier stage dropped, so its stream stays aligned with the packet
 * index and one parameter change does not re-align any other draw; it leaves a dropped packet alone
 * apart from those draws.
 */
public interface PacketStage {

  /** Stable name: part of the stage's random stream label and of its counters. */
  String name();

  /** Decides this stage's part of the packet's fate. Called on the link's executor only. */
  void apply(PacketFate fate);
}
