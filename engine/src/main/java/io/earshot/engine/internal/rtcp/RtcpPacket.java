package io.earshot.engine.internal.rtcp;

/**
 * One RTCP packet inside a compound datagram. The set is closed so that a consumer's {@code switch}
 * over the decoded list is checked for completeness; packet types Earshot does not interpret come
 * through as {@link UnknownRtcpPacket} rather than being dropped.
 */
public sealed interface RtcpPacket
    permits SenderReport,
        ReceiverReport,
        SourceDescription,
        Goodbye,
        AppPacket,
        GenericNack,
        ExtendedReport,
        UnknownRtcpPacket {

  /** Sender Report (RFC 3550 §6.4.1). */
  int SR = 200;

  /** Receiver Report (RFC 3550 §6.4.2). */
  int RR = 201;

  /** Source Description (RFC 3550 §6.5). */
  int SDES = 202;

  /** Goodbye (RFC 3550 §6.6). */
  int BYE = 203;

  /** Application-defined (RFC 3550 §6.7). */
  int APP = 204;

  /** Transport-layer feedback (RFC 4585 §6.2). */
  int RTPFB = 205;

  /** Payload-specific feedback (RFC 4585 §6.3); not interpreted by Earshot. */
  int PSFB = 206;

  /** Extended Report (RFC 3611). */
  int XR = 207;

  /** The packet type (PT) field, 192..223. */
  int packetType();
}
