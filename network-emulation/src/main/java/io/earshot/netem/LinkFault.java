package io.earshot.netem;

/** The manual faults of a user link, each with a switch of its own on {@link UserLink}. */
public enum LinkFault {
  /** The whole link is down: datagrams dropped (OUTAGE), streams held ({@link UserLink#goDown}). */
  OUTAGE("outages"),
  /** Streams held, datagrams flow ({@link UserLink#stallSignaling}). */
  SIGNALING_STALL("signaling stalls"),
  /** Datagrams dropped (OUTAGE), streams flow ({@link UserLink#takeMediaDown}). */
  MEDIA_OUTAGE("media outages"),
  /** Every open stream connection reset at once ({@link UserLink#cutStreams}); no duration. */
  SIGNALING_RESET("signaling resets");

  private final String plural;

  LinkFault(String plural) {
    this.plural = plural;
  }

  /** How a report names several of them ("media outages"). */
  public String plural() {
    return plural;
  }
}
