package io.earshot.netem.internal.queue;

/**
 * How a bottleneck serves the packet at its head: when a packet of {@code wireBytes} that starts
 * service at {@code startNanos} has left. Computed, never timed (spec 1.1).
 */
public interface ServiceModel {

  /** Infinite capacity: a packet leaves the moment it starts service. */
  ServiceModel INSTANT = (startNanos, wireBytes) -> startNanos;

  /** Completion time of a packet starting service at {@code startNanos}; >= start. */
  long complete(long startNanos, long wireBytes);
}
