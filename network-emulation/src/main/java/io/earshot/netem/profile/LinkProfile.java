package io.earshot.netem.profile;

import io.earshot.netem.Direction;
import io.earshot.netem.internal.config.ProfileYamlReader;
import java.util.Objects;

/**
 * A named pair of direction profiles: what one user's access link does to uplink and downlink.
 *
 * @param name label for reports (a preset name, or "custom")
 * @param uplink client to server
 * @param downlink server to client
 */
public record LinkProfile(String name, DirectionProfile uplink, DirectionProfile downlink) {

  /** No impairment either way. */
  public static final LinkProfile IDEAL =
      new LinkProfile("ideal", DirectionProfile.IDEAL, DirectionProfile.IDEAL);

  /** All parts required; the name must not be blank. */
  public LinkProfile {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("profile name must be non-blank, found '" + name + "'");
    }
    Objects.requireNonNull(uplink, "uplink");
    Objects.requireNonNull(downlink, "downlink");
  }

  /** Both directions the same. */
  public static LinkProfile symmetric(String name, DirectionProfile both) {
    return new LinkProfile(name, both, both);
  }

  /** Different directions. */
  public static LinkProfile of(String name, DirectionProfile uplink, DirectionProfile downlink) {
    return new LinkProfile(name, uplink, downlink);
  }

  /**
   * Parses the YAML form: a map with {@code uplink} and {@code downlink} (or {@code both}), each a
   * direction in the compact form, and an optional {@code name}.
   */
  public static LinkProfile fromYaml(String yaml) {
    return ProfileYamlReader.link(yaml);
  }

  /** The profile of one direction. */
  public DirectionProfile direction(Direction direction) {
    return direction == Direction.UPLINK ? uplink : downlink;
  }

  /** The same profile with one direction replaced. */
  public LinkProfile with(Direction direction, DirectionProfile profile) {
    return direction == Direction.UPLINK
        ? new LinkProfile(name, profile, downlink)
        : new LinkProfile(name, uplink, profile);
  }

  /** Canonical text for reports. */
  public String describe() {
    return name + ": uplink [" + uplink.describe() + "] downlink [" + downlink.describe() + "]";
  }
}
