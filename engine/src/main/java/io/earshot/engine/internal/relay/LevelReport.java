package io.earshot.engine.internal.relay;

import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.internal.rtcp.AppPacket;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A client's own network levels and round trip, sent to the relay every second in an RTCP APP
 * packet named "ERSL" (docs/protocol.md §4.3): the worst level among its published streams (up),
 * among its played ones (down), and its smoothed round trip to the server in ms. The relay passes
 * them on to the players of the client's streams (contract §3.6, remote network quality).
 *
 * <p>Data: up (1 byte), down (1 byte), 2 bytes zero, round trip ms (4 bytes).
 */
public record LevelReport(StreamQualityLevel up, StreamQualityLevel down, int rttMillis) {
  public static final String NAME = "ERSL";
  public static final LevelReport UNKNOWN =
      new LevelReport(StreamQualityLevel.UNKNOWN, StreamQualityLevel.UNKNOWN, 0);
  private static final int DATA_BYTES = 8;

  public LevelReport {
    if (up == null || down == null || rttMillis < 0) {
      throw new IllegalArgumentException(
          "expected two levels and a round trip >= 0, found "
              + up
              + ", "
              + down
              + ", "
              + rttMillis);
    }
  }

  public AppPacket encode(long ssrc) {
    ByteBuffer data = ByteBuffer.allocate(DATA_BYTES);
    data.put((byte) up.ordinal()).put((byte) down.ordinal()).putShort((short) 0).putInt(rttMillis);
    return new AppPacket(0, ssrc, NAME, data.array());
  }

  /** The report in {@code app}, or empty if it is another APP packet or a malformed one. */
  public static Optional<LevelReport> decode(AppPacket app) {
    byte[] d = app.data();
    if (!NAME.equals(app.name()) || app.subtype() != 0 || d.length != DATA_BYTES) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(d);
    Optional<StreamQualityLevel> up = AppFields.level(b.get());
    Optional<StreamQualityLevel> down = AppFields.level(b.get());
    b.getShort();
    int rtt = AppFields.millis(b.getInt());
    if (up.isEmpty() || down.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LevelReport(up.get(), down.get(), rtt));
  }
}
