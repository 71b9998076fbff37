package io.earshot.netem;

import java.util.Locale;

/**
 * Counters of one byte-stream direction (all connections of the link) at one instant.
 *
 * @param chunksOffered chunks written
 * @param bytesOffered bytes written
 * @param chunksDelivered chunks handed to the sink
 * @param bytesDelivered bytes handed to the sink
 * @param lossStalls chunks held one retransmission timeout because the loss model hit them
 * @param outageStallNanos total time data of this direction was held by outages
 * @param connections stream paths opened in this direction
 */
public record StreamStats(
    long chunksOffered,
    long bytesOffered,
    long chunksDelivered,
    long bytesDelivered,
    long lossStalls,
    long outageStallNanos,
    long connections) {

  /** One line for reports. */
  public String render() {
    return String.format(
        Locale.ROOT,
        "chunks %d->%d bytes %d->%d lossStalls=%d outageStall=%.3fms connections=%d",
        chunksOffered,
        chunksDelivered,
        bytesOffered,
        bytesDelivered,
        lossStalls,
        outageStallNanos / 1e6,
        connections);
  }
}
