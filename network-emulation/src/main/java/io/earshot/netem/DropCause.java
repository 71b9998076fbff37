package io.earshot.netem;

/**
 * Why a datagram was dropped; counters keep one count per cause so a report can show cause next to
 * effect. Causes of stages not yet implemented (queue, AQM, NAT filter) will be added with them.
 */
public enum DropCause {
    /** A loss model decided to drop (random loss and, later, the other loss models). */
    LOSS,
    /** The link was down (outage gate). */
    OUTAGE
}
