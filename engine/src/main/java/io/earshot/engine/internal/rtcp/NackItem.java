package io.earshot.engine.internal.rtcp;

import java.util.ArrayList;
import java.util.List;

/**
 * One Generic NACK FCI entry (RFC 4585 §6.2.1): a lost packet ID and a bitmask of the 16 packets
 * after it that are lost too (bit i set = PID + i + 1 lost, modulo 2^16).
 *
 * @param packetId the first lost sequence number, 0..65535
 * @param lostBitmask BLP, 0..65535
 */
public record NackItem(int packetId, int lostBitmask) {

  /** Validates both 16-bit fields. */
  public NackItem {
    RtcpFields.unsigned16(packetId, "packetId");
    RtcpFields.unsigned16(lostBitmask, "lostBitmask");
  }

  /** The sequence numbers this entry reports lost, in ascending order modulo 2^16. */
  public List<Integer> lostSequenceNumbers() {
    List<Integer> lost = new ArrayList<>(1 + Integer.bitCount(lostBitmask));
    lost.add(packetId);
    for (int bit = 0; bit < 16; bit++) {
      if ((lostBitmask & (1 << bit)) != 0) {
        lost.add((packetId + bit + 1) & 0xFFFF);
      }
    }
    return lost;
  }
}
