package io.earshot.netem;

import java.util.Objects;

/**
 * Snapshot of every counter of one user link, for assertions and reports.
 *
 * @param linkId the link's id (usually the user name)
 * @param masterSeed the scenario seed the link's random streams derive from
 * @param datagramUplink media, client to server
 * @param datagramDownlink media, server to client
 * @param streamUplink signaling, client to server
 * @param streamDownlink signaling, server to client
 * @param faults the manual faults: outages, signaling stalls and resets, media outages
 */
public record LinkStats(
    String linkId,
    long masterSeed,
    DatagramStats datagramUplink,
    DatagramStats datagramDownlink,
    StreamStats streamUplink,
    StreamStats streamDownlink,
    LinkFaults faults) {

  /** All parts are required. */
  public LinkStats {
    Objects.requireNonNull(linkId, "linkId");
    Objects.requireNonNull(datagramUplink, "datagramUplink");
    Objects.requireNonNull(datagramDownlink, "datagramDownlink");
    Objects.requireNonNull(streamUplink, "streamUplink");
    Objects.requireNonNull(streamDownlink, "streamDownlink");
    Objects.requireNonNull(faults, "faults");
  }

  /** Counters without faults (a link that never had one). */
  public LinkStats(
      String linkId,
      long masterSeed,
      DatagramStats datagramUplink,
      DatagramStats datagramDownlink,
      StreamStats streamUplink,
      StreamStats streamDownlink) {
    this(
        linkId,
        masterSeed,
        datagramUplink,
        datagramDownlink,
        streamUplink,
        streamDownlink,
        LinkFaults.NONE);
  }

  /** The datagram counters of one direction. */
  public DatagramStats datagrams(Direction direction) {
    return direction == Direction.UPLINK ? datagramUplink : datagramDownlink;
  }

  /** The stream counters of one direction. */
  public StreamStats stream(Direction direction) {
    return direction == Direction.UPLINK ? streamUplink : streamDownlink;
  }

  /**
   * Multi-line text a report can attach as is. The first line names the link and the seed its
   * random streams derive from (each user's link has a seed of its own); the last counts the manual
   * faults (how many, total time).
   */
  public String render() {
    return "link "
        + linkId
        + " (seed "
        + masterSeed
        + ")\n"
        + "  datagram uplink:   "
        + datagramUplink.render()
        + "\n"
        + "  datagram downlink: "
        + datagramDownlink.render()
        + "\n"
        + "  stream uplink:     "
        + streamUplink.render()
        + "\n"
        + "  stream downlink:   "
        + streamDownlink.render()
        + "\n"
        + "  faults:            "
        + faults.render()
        + "\n";
  }

  @Override
  public String toString() {
    return render();
  }
}
