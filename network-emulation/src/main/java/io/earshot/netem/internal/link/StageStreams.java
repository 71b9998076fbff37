package io.earshot.netem.internal.link;

import io.earshot.netem.internal.random.RandomStreams;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The random streams of one link direction, one per stage name, created on first use and kept for
 * the life of the link: when a profile change replaces a stage, its successor continues the same
 * stream instead of replaying it from the start.
 */
public final class StageStreams {

  private final RandomStreams streams;
  private final Map<String, Xoshiro256StarStar> byName = new HashMap<>();

  /** Streams under {@code streams}' prefix (seed, link id, direction, path). */
  public StageStreams(RandomStreams streams) {
    this.streams = Objects.requireNonNull(streams, "streams");
  }

  /** The stream of stage {@code name} (the same instance on every call). */
  public synchronized Xoshiro256StarStar get(String name) {
    return byName.computeIfAbsent(name, streams::stream);
  }

  /** The underlying derivation, for stages that own several streams. */
  public RandomStreams derivation() {
    return streams;
  }
}
