package io.earshot.simulator.quality;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where and when every RTP packet passed the emulated links, from the packets' own headers: the
 * publisher's uplink (in and out) per SSRC, and each listener's downlink (in and out) per SSRC.
 * Simulated time observes every datagram; in real time the relay proxies carry them and nothing is
 * logged. Fed from the network's thread, read from any thread.
 */
public final class PacketLog {
  private final Map<Long, PacketTimes> uplinks = new HashMap<>();
  private final Map<String, Map<Long, PacketTimes>> downlinks = new HashMap<>();

  /** One datagram seen at {@code point} of {@code user}'s link at scenario time {@code nanos}. */
  public synchronized void observe(String user, PacketPoint point, byte[] datagram, long nanos) {
    Optional<RtpHeader> header = RtpHeader.read(datagram);
    if (header.isEmpty()) {
      return;
    }
    RtpHeader h = header.get();
    PacketTimes times =
        switch (point) {
          case UPLINK_IN, UPLINK_OUT -> uplinks.computeIfAbsent(h.ssrc(), k -> new PacketTimes());
          case DOWNLINK_IN, DOWNLINK_OUT ->
              downlinks
                  .computeIfAbsent(user, k -> new HashMap<>())
                  .computeIfAbsent(h.ssrc(), k -> new PacketTimes());
        };
    times.record(h, point == PacketPoint.UPLINK_IN || point == PacketPoint.DOWNLINK_IN, nanos);
  }

  synchronized Optional<PacketTimes> uplink(long ssrc) {
    return Optional.ofNullable(uplinks.get(ssrc));
  }

  synchronized Optional<PacketTimes> downlink(String listener, long ssrc) {
    return Optional.ofNullable(downlinks.getOrDefault(listener, Map.of()).get(ssrc));
  }

  /** Whether anything was logged (false in real time). */
  public synchronized boolean any() {
    return !uplinks.isEmpty();
  }
}
