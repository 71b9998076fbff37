package io.earshot.netem;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The manual faults of one link at one instant: per kind, how many and for how long (a reset has no
 * duration).
 *
 * @param byKind every kind present
 */
public record LinkFaults(Map<LinkFault, FaultStats> byKind) {

  /** No fault ever. */
  public static final LinkFaults NONE = new LinkFaults(Map.of());

  /** Copies {@code byKind}, filling missing kinds with {@link FaultStats#NONE}. */
  public LinkFaults {
    Objects.requireNonNull(byKind, "byKind");
    EnumMap<LinkFault, FaultStats> all = new EnumMap<>(LinkFault.class);
    for (LinkFault fault : LinkFault.values()) {
      all.put(fault, byKind.getOrDefault(fault, FaultStats.NONE));
    }
    byKind = Map.copyOf(all);
  }

  /** The counters of one kind. */
  public FaultStats of(LinkFault fault) {
    return byKind.get(fault);
  }

  /** "outages 1 (10.000 s), signaling stalls 0 (0.000 s), media outages 0 (0.000 s), ...". */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (LinkFault fault : LinkFault.values()) {
      out.append(out.length() == 0 ? "" : ", ").append(fault.plural()).append(' ');
      FaultStats stats = of(fault);
      out.append(
          fault == LinkFault.SIGNALING_RESET ? Long.toString(stats.count()) : stats.render());
    }
    return out.toString();
  }
}
