package io.earshot.engine.internal.rtcp;

import java.util.List;

/**
 * DLRR block (RFC 3611 §4.5, BT 5): delay since the last Receiver Reference Time block, one item
 * per receiver answered.
 *
 * @param items the sub-blocks; the 16-bit block length allows at most {@link #MAX_ITEMS}
 */
public record DlrrReport(List<DlrrItem> items) implements XrBlock {

  /** Most sub-blocks the 16-bit block length (in words, 3 per item) can describe. */
  public static final int MAX_ITEMS = 0xFFFF / 3;

  /** Copies the list and checks it fits the block length. */
  public DlrrReport {
    items = List.copyOf(items);
    if (items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "a DLRR block holds at most " + MAX_ITEMS + " items, was " + items.size());
    }
  }

  @Override
  public int blockType() {
    return DLRR;
  }
}
