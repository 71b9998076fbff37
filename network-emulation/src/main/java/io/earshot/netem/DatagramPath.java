package io.earshot.netem;

import java.util.Objects;

/** The datagram directions of one user link, as opened by {@link UserLink#openDatagramPath}. */
public record DatagramPath(DatagramLink uplink, DatagramLink downlink) {

  /** Both directions are required. */
  public DatagramPath {
    Objects.requireNonNull(uplink, "uplink");
    Objects.requireNonNull(downlink, "downlink");
  }
}
