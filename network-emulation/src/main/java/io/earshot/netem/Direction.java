package io.earshot.netem;

/** One direction of a user's access link. */
public enum Direction {
  /** Client to server. */
  UPLINK("uplink"),
  /** Server to client. */
  DOWNLINK("downlink");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  /** Stable lower-case name, used in seed derivation, counters and reports. */
  public String label() {
    return label;
  }
}
