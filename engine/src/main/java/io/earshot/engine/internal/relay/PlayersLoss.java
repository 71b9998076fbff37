package io.earshot.engine.internal.relay;

import io.earshot.engine.internal.rtcp.AppPacket;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The worst loss among a published stream's players, which the relay tells the publisher every
 * second in an RTCP APP packet named "ERSF" whose SSRC is the stream's (docs/protocol.md §4.3): the
 * publisher switches in-band FEC on when it is high, as for its own uplink loss.
 *
 * <p>Data: the loss in millionths (4 bytes).
 */
public record PlayersLoss(long ssrc, double worstLoss) {
  public static final String NAME = "ERSF";
  private static final int DATA_BYTES = 4;

  public PlayersLoss {
    if (!(worstLoss >= 0 && worstLoss <= 1)) {
      throw new IllegalArgumentException("expected a loss in 0..1, found " + worstLoss);
    }
  }

  public AppPacket encode() {
    return new AppPacket(
        0, ssrc, NAME, ByteBuffer.allocate(DATA_BYTES).putInt(AppFields.ppm(worstLoss)).array());
  }

  /** The report in {@code app}, or empty if it is another APP packet or a malformed one. */
  public static Optional<PlayersLoss> decode(AppPacket app) {
    byte[] d = app.data();
    if (!NAME.equals(app.name()) || app.subtype() != 0 || d.length != DATA_BYTES) {
      return Optional.empty();
    }
    return AppFields.rate(ByteBuffer.wrap(d).getInt())
        .map(loss -> new PlayersLoss(app.ssrc(), loss));
  }
}
