package io.earshot.simulator.quality;

/** Where on a user's emulated link the harness saw a datagram. */
public enum PacketPoint {
  /** Handed to the uplink by the user's engine. */
  UPLINK_IN,
  /** Delivered by the uplink to the server. */
  UPLINK_OUT,
  /** Handed to the downlink by the server. */
  DOWNLINK_IN,
  /** Delivered by the downlink to the user's engine. */
  DOWNLINK_OUT
}
