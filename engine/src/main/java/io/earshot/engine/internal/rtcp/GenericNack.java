package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtp.SequenceNumbers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Transport-layer feedback, generic NACK (RFC 4585 §6.2.1: PT 205, FMT 1): the receiver asks for
 * retransmission of the listed sequence numbers of one media source.
 *
 * @param senderSsrc SSRC of the packet sender (the receiver asking), unsigned 32-bit
 * @param mediaSsrc SSRC of the media source whose packets are missing, unsigned 32-bit
 * @param items at least one FCI entry
 */
public record GenericNack(long senderSsrc, long mediaSsrc, List<NackItem> items)
    implements RtcpPacket {

  /** Feedback message type of generic NACK within RTPFB. */
  public static final int FMT = 1;

  /** Most entries that fit the 16-bit length field next to the two SSRCs. */
  public static final int MAX_ITEMS = 0x1_0000 - 3;

  /** Validates the SSRCs and the item count, and copies the list. */
  public GenericNack {
    RtcpFields.unsigned32(senderSsrc, "senderSsrc");
    RtcpFields.unsigned32(mediaSsrc, "mediaSsrc");
    items = List.copyOf(items);
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "a generic NACK needs 1.." + MAX_ITEMS + " items, was " + items.size());
    }
  }

  /** A NACK for {@code missing}, packed into as few items as the walk in order allows. */
  public static GenericNack of(long senderSsrc, long mediaSsrc, Collection<Integer> missing) {
    return new GenericNack(senderSsrc, mediaSsrc, itemsFor(missing));
  }

  /**
   * Packs sequence numbers into FCI entries. Walking in the given order (so pass them oldest first,
   * wraps allowed), a number up to 16 ahead of the current entry's PID becomes a bit of it and
   * anything else starts a new entry; repeats of a number already covered are dropped.
   *
   * @throws IllegalArgumentException if a value is outside 0..65535
   */
  public static List<NackItem> itemsFor(Collection<Integer> missing) {
    List<NackItem> items = new ArrayList<>();
    int pid = -1;
    int mask = 0;
    for (int seq : missing) {
      RtcpFields.unsigned16(seq, "missing sequence number");
      int ahead = pid < 0 ? -1 : SequenceNumbers.distance(pid, seq);
      if (ahead == 0) {
        continue;
      }
      if (ahead >= 1 && ahead <= 16) {
        mask |= 1 << (ahead - 1);
        continue;
      }
      if (pid >= 0) {
        items.add(new NackItem(pid, mask));
      }
      pid = seq;
      mask = 0;
    }
    if (pid >= 0) {
      items.add(new NackItem(pid, mask));
    }
    return items;
  }

  /** Every sequence number the items report lost, entry by entry, each in ascending order. */
  public List<Integer> missingSequenceNumbers() {
    List<Integer> lost = new ArrayList<>();
    for (NackItem item : items) {
      lost.addAll(item.lostSequenceNumbers());
    }
    return lost;
  }

  @Override
  public int packetType() {
    return RTPFB;
  }
}
