package io.earshot.netem;

/**
 * Why a datagram was dropped; counters keep one count per cause so a report can show cause next to
 * effect. A NAT-filter cause will be added with the NAT stage.
 */
public enum DropCause {
  /** A loss model decided to drop (random, correlated, Gilbert-Elliott, 4-state, patterns). */
  LOSS,
  /** The link was down (manual outage gate or a drop-mode outage window). */
  OUTAGE,
  /** The bottleneck queue was full, or the packet waited longer than the queue's delay limit. */
  QUEUE,
  /** The active queue management (CoDel) dropped it at dequeue. */
  AQM
}
