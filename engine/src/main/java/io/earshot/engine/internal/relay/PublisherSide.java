package io.earshot.engine.internal.relay;

import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.internal.rtcp.AppPacket;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * What the relay tells a player every second about the publisher's side of a played stream, in an
 * RTCP APP packet named "ERSQ" whose SSRC is the stream's (docs/protocol.md §4.3): the uplink loss
 * the relay measured in the last second (before recovery), the publisher's round trip, the relay's
 * dwell time, the publisher's own network levels and how many of its heartbeats the server has
 * missed. The player's {@code peerToPeerDelay}, {@code peerToPeerPacketLostRate} and remote network
 * quality come from it (contract §3.6, §4.2).
 *
 * <p>Data: uplink loss in millionths (4 bytes), publisher round trip ms (4), dwell ms (4), up (1),
 * down (1), missed heartbeats (1), 1 byte zero.
 */
public record PublisherSide(
    long ssrc,
    double uplinkLoss,
    int publisherRttMillis,
    int dwellMillis,
    StreamQualityLevel up,
    StreamQualityLevel down,
    int missedHeartbeats) {
  public static final String NAME = "ERSQ";
  private static final int DATA_BYTES = 16;

  public PublisherSide {
    if (!(uplinkLoss >= 0 && uplinkLoss <= 1)
        || publisherRttMillis < 0
        || dwellMillis < 0
        || up == null
        || down == null
        || missedHeartbeats < 0) {
      throw new IllegalArgumentException(
          "expected a loss in 0..1, durations >= 0, two levels and a count >= 0, found "
              + uplinkLoss
              + ", "
              + publisherRttMillis
              + ", "
              + dwellMillis
              + ", "
              + up
              + ", "
              + down
              + ", "
              + missedHeartbeats);
    }
  }

  public AppPacket encode() {
    ByteBuffer data = ByteBuffer.allocate(DATA_BYTES);
    data.putInt(AppFields.ppm(uplinkLoss)).putInt(publisherRttMillis).putInt(dwellMillis);
    data.put((byte) up.ordinal()).put((byte) down.ordinal());
    data.put((byte) Math.min(255, missedHeartbeats)).put((byte) 0);
    return new AppPacket(0, ssrc, NAME, data.array());
  }

  /** The report in {@code app}, or empty if it is another APP packet or a malformed one. */
  public static Optional<PublisherSide> decode(AppPacket app) {
    byte[] d = app.data();
    if (!NAME.equals(app.name()) || app.subtype() != 0 || d.length != DATA_BYTES) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(d);
    Optional<Double> loss = AppFields.rate(b.getInt());
    int rtt = AppFields.millis(b.getInt());
    int dwell = AppFields.millis(b.getInt());
    Optional<StreamQualityLevel> up = AppFields.level(b.get());
    Optional<StreamQualityLevel> down = AppFields.level(b.get());
    int missed = b.get() & 0xFF;
    if (loss.isEmpty() || up.isEmpty() || down.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PublisherSide(app.ssrc(), loss.get(), rtt, dwell, up.get(), down.get(), missed));
  }
}
