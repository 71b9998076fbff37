package io.earshot.engine.internal.client;

import io.earshot.engine.internal.rtcp.RtcpPacket;
import java.util.List;

/** The engine's media as the media link sees it: where arrivals go, and what to report. */
interface MediaEndpoint {
  /** An RTP datagram from the relay. */
  void onRtp(byte[] datagram);

  /** An RTCP datagram from the relay (after the link noted it as a sign of life). */
  void onRtcp(byte[] datagram);

  /** This second's reports, to send in one compound with the bind. */
  List<RtcpPacket> reports();
}
