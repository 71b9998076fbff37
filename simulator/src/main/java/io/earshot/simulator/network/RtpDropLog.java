package io.earshot.simulator.network;

import io.earshot.netem.Direction;
import io.earshot.netem.DropCause;
import io.earshot.netem.DropListener;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The RTP packets one user's link dropped, by direction and SSRC, with their sequence numbers and
 * timestamps: what "what bob missed ... matches what the network dropped" compares with the
 * listener's engine. Other datagrams (RTCP, bind keep-alives) are ignored. Fed on the link's
 * executor, read from any thread.
 */
public final class RtpDropLog implements DropListener {
  private final Map<Direction, Map<Long, List<Integer>>> drops = new EnumMap<>(Direction.class);
  private final Map<Direction, Map<Long, List<Long>>> timestamps = new EnumMap<>(Direction.class);

  @Override
  public synchronized void dropped(Direction direction, byte[] d, DropCause cause) {
    if (d.length < 12 || (d[0] & 0xC0) != 0x80) {
      return;
    }
    int payloadType = d[1] & 0xFF;
    if (payloadType >= 192 && payloadType <= 223) {
      return; // RTCP (RFC 5761), including the relay's bind packets
    }
    int seq = ((d[2] & 0xFF) << 8) | (d[3] & 0xFF);
    long ssrc =
        ((d[8] & 0xFFL) << 24) | ((d[9] & 0xFFL) << 16) | ((d[10] & 0xFFL) << 8) | (d[11] & 0xFFL);
    long ts =
        ((d[4] & 0xFFL) << 24) | ((d[5] & 0xFFL) << 16) | ((d[6] & 0xFFL) << 8) | (d[7] & 0xFFL);
    drops
        .computeIfAbsent(direction, k -> new HashMap<>())
        .computeIfAbsent(ssrc, k -> new ArrayList<>())
        .add(seq);
    timestamps
        .computeIfAbsent(direction, k -> new HashMap<>())
        .computeIfAbsent(ssrc, k -> new ArrayList<>())
        .add(ts);
  }

  /**
   * Dropped RTP packets of {@code ssrc} in {@code direction} whose sequence number lies in the
   * {@code span} numbers starting at {@code firstSeq} (modulo 2^16; spans shorter than 65536).
   */
  public synchronized long droppedInRange(
      Direction direction, long ssrc, long firstSeq, long span) {
    List<Integer> seqs = drops.getOrDefault(direction, Map.of()).getOrDefault(ssrc, List.of());
    int first = (int) (firstSeq & 0xFFFF);
    return seqs.stream().filter(s -> Math.floorMod(s - first, 65536) < span).count();
  }

  /**
   * Distinct sequence numbers of {@code ssrc} in {@code direction} dropped at least once within the
   * span (a packet dropped, asked for again and dropped again counts once).
   */
  public synchronized long distinctDroppedInRange(
      Direction direction, long ssrc, long firstSeq, long span) {
    List<Integer> seqs = drops.getOrDefault(direction, Map.of()).getOrDefault(ssrc, List.of());
    int first = (int) (firstSeq & 0xFFFF);
    return seqs.stream().filter(s -> Math.floorMod(s - first, 65536) < span).distinct().count();
  }

  /**
   * Distinct frames (RTP timestamps) of {@code ssrc} in {@code direction} dropped at least once
   * from {@code firstTs} to {@code lastTs} (modulo 2^32).
   */
  public synchronized long droppedFramesInRange(
      Direction direction, long ssrc, long firstTs, long lastTs) {
    List<Long> all = timestamps.getOrDefault(direction, Map.of()).getOrDefault(ssrc, List.of());
    long width = (lastTs - firstTs) & 0xFFFF_FFFFL;
    return all.stream().filter(t -> ((t - firstTs) & 0xFFFF_FFFFL) <= width).distinct().count();
  }

  /** Dropped RTP packets of {@code ssrc} in {@code direction}, whatever their sequence number. */
  public synchronized long dropped(Direction direction, long ssrc) {
    return drops.getOrDefault(direction, Map.of()).getOrDefault(ssrc, List.of()).size();
  }
}
