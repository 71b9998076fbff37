package io.earshot.netem.profile;

import static io.earshot.netem.profile.ProfileChecks.millis;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The bottleneck of a direction (spec 3.8): a FIFO queue served at a constant rate or by a {@link
 * DeliveryTrace}, with limits and a drop discipline. Departures are computed, not timed: {@code
 * start = max(arrival, previous departure)}, {@code departure = start + 8 s'/R}, where the wire
 * size {@code s' = payload + overheadBytes} (default 28 bytes: IPv4 20 + UDP 8, since the link
 * carries UDP payloads), or {@code ceil(s'/cell) (cell + cellOverhead)} with a cell size.
 *
 * <p>Limits apply together: packets in the bottleneck (waiting or in service), bytes, and the time
 * a packet waited (checked when it reaches the head; a packet over it is dropped there, cause
 * QUEUE). Zero bytes / zero delay mean "no such limit". Defaults: 1000 packets (netem's {@code
 * limit}), drop-tail, CoDel target 5 ms and interval 100 ms when CoDel is chosen.
 *
 * @param bitsPerSecond constant rate, in [100, 1e11]; 0 when {@code trace} serves the queue
 * @param trace delivery-opportunity trace, or null for a constant rate
 * @param overheadBytes per-packet bytes added to the payload, in [0, 1000]
 * @param cellSize cell size in bytes (0 = none), in [0, 65535]
 * @param cellOverhead per-cell overhead in bytes, in [0, 1000]
 * @param queuePackets packet limit, in [1, 10000000]
 * @param queueBytes byte limit (wire bytes; 0 = none), in [0, 1e12]
 * @param queueDelay longest wait before service (0 = none), in [0, 24 h]
 * @param discipline what a full queue drops, and whether CoDel runs
 * @param codelTarget CoDel target sojourn, in (0, 24 h]
 * @param codelInterval CoDel interval, in (0, 24 h]
 */
public record RateLimit(
    long bitsPerSecond,
    DeliveryTrace trace,
    int overheadBytes,
    int cellSize,
    int cellOverhead,
    int queuePackets,
    long queueBytes,
    Duration queueDelay,
    QueueDiscipline discipline,
    Duration codelTarget,
    Duration codelInterval) {

  /** Per-packet overhead assumed by default: IPv4 (20) + UDP (8) headers. */
  public static final int IPV4_UDP_OVERHEAD = 28;

  /** netem's default queue limit in packets. */
  public static final int DEFAULT_QUEUE_PACKETS = 1000;

  /** RFC 8289 defaults. */
  public static final Duration CODEL_TARGET = Duration.ofMillis(5);

  /** RFC 8289 defaults. */
  public static final Duration CODEL_INTERVAL = Duration.ofMillis(100);

  /** Validates every field. */
  public RateLimit {
    if (trace == null && (bitsPerSecond < 100 || bitsPerSecond > 100_000_000_000L)) {
      throw new IllegalArgumentException(
          "rate must be in [100 bit/s, 100 Gbit/s], found " + bitsPerSecond + " bit/s");
    }
    if (trace != null && bitsPerSecond != 0) {
      throw new IllegalArgumentException(
          "a trace-driven rate takes no bit rate; found "
              + bitsPerSecond
              + " bit/s with trace "
              + trace.name());
    }
    range("per-packet overhead", overheadBytes, 0, 1000, "bytes");
    range("cell size", cellSize, 0, 65535, "bytes");
    range("cell overhead", cellOverhead, 0, 1000, "bytes");
    range("queue limit", queuePackets, 1, 10_000_000, "packets");
    if (queueBytes < 0 || queueBytes > 1_000_000_000_000L) {
      throw new IllegalArgumentException(
          "queue byte limit must be in [0, 1e12] bytes (0 = none), found " + queueBytes);
    }
    ProfileChecks.nonNegative("queue delay limit", queueDelay);
    Objects.requireNonNull(discipline, "discipline");
    ProfileChecks.positive("CoDel target", codelTarget);
    ProfileChecks.positive("CoDel interval", codelInterval);
  }

  private static void range(String what, long value, long min, long max, String unit) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " must be in [" + min + ", " + max + "] " + unit + ", found " + value);
    }
  }

  /** A constant rate with the defaults (28-byte overhead, 1000-packet drop-tail queue). */
  public static RateLimit of(long bitsPerSecond) {
    return new Builder(bitsPerSecond, null, DEFAULT_QUEUE_PACKETS).build();
  }

  /** A queue served by a Mahimahi trace; Mahimahi's default queue is unbounded (here: 10^7). */
  public static RateLimit trace(DeliveryTrace trace) {
    return new Builder(0, Objects.requireNonNull(trace, "trace"), 10_000_000).build();
  }

  /** Another per-packet overhead. */
  public RateLimit withOverhead(int bytes) {
    return toBuilder().overhead(bytes).build();
  }

  /** ATM-style cells of {@code size} bytes with {@code overhead} bytes each. */
  public RateLimit withCells(int size, int overhead) {
    return toBuilder().cells(size, overhead).build();
  }

  /** Another packet limit. */
  public RateLimit withQueuePackets(int packets) {
    return toBuilder().queuePackets(packets).build();
  }

  /** A byte limit (0 = none). */
  public RateLimit withQueueBytes(long bytes) {
    return toBuilder().queueBytes(bytes).build();
  }

  /** A limit on the time a packet waits (0 = none). */
  public RateLimit withQueueDelay(Duration delay) {
    return toBuilder().queueDelay(delay).build();
  }

  /** Another drop discipline (CoDel keeps its target and interval). */
  public RateLimit withDiscipline(QueueDiscipline d) {
    return toBuilder().discipline(d).build();
  }

  /** CoDel with the given target and interval. */
  public RateLimit withCoDel(Duration target, Duration interval) {
    return toBuilder().discipline(QueueDiscipline.CODEL).codel(target, interval).build();
  }

  private Builder toBuilder() {
    return new Builder(this);
  }

  /** The one place the fields are copied: each {@code with…} changes some and keeps the rest. */
  private static final class Builder {
    private final long bitsPerSecond;
    private final DeliveryTrace trace;
    private int overheadBytes = IPV4_UDP_OVERHEAD;
    private int cellSize;
    private int cellOverhead;
    private int queuePackets;
    private long queueBytes;
    private Duration queueDelay = Duration.ZERO;
    private QueueDiscipline discipline = QueueDiscipline.DROP_TAIL;
    private Duration codelTarget = CODEL_TARGET;
    private Duration codelInterval = CODEL_INTERVAL;

    Builder(long bitsPerSecond, DeliveryTrace trace, int queuePackets) {
      this.bitsPerSecond = bitsPerSecond;
      this.trace = trace;
      this.queuePackets = queuePackets;
    }

    Builder(RateLimit r) {
      this(r.bitsPerSecond, r.trace, r.queuePackets);
      overheadBytes = r.overheadBytes;
      cellSize = r.cellSize;
      cellOverhead = r.cellOverhead;
      queueBytes = r.queueBytes;
      queueDelay = r.queueDelay;
      discipline = r.discipline;
      codelTarget = r.codelTarget;
      codelInterval = r.codelInterval;
    }

    Builder overhead(int bytes) {
      overheadBytes = bytes;
      return this;
    }

    Builder cells(int size, int overhead) {
      cellSize = size;
      cellOverhead = overhead;
      return this;
    }

    Builder queuePackets(int packets) {
      queuePackets = packets;
      return this;
    }

    Builder queueBytes(long bytes) {
      queueBytes = bytes;
      return this;
    }

    Builder queueDelay(Duration delay) {
      queueDelay = delay;
      return this;
    }

    Builder discipline(QueueDiscipline d) {
      discipline = d;
      return this;
    }

    Builder codel(Duration target, Duration interval) {
      codelTarget = target;
      codelInterval = interval;
      return this;
    }

    RateLimit build() {
      return new RateLimit(
          bitsPerSecond,
          trace,
          overheadBytes,
          cellSize,
          cellOverhead,
          queuePackets,
          queueBytes,
          queueDelay,
          discipline,
          codelTarget,
          codelInterval);
    }
  }

  /** Bytes a payload of {@code payloadBytes} occupies on the wire. */
  public long wireBytes(int payloadBytes) {
    long s = (long) payloadBytes + overheadBytes;
    if (cellSize > 0) {
      return (s + cellSize - 1) / cellSize * (cellSize + cellOverhead);
    }
    return s;
  }

  /** Serialisation time of {@code wireBytes} at the constant rate, rounded up to a nanosecond. */
  public long serviceNanos(long wireBytes) {
    long bits = wireBytes * 8;
    return (bits * 1_000_000_000L + bitsPerSecond - 1) / bitsPerSecond;
  }

  /** Canonical text for reports. */
  public String describe() {
    String server =
        trace != null
            ? trace.toString()
            : String.format(Locale.ROOT, "%s kbit/s", ProfileChecks.fmt(bitsPerSecond / 1e3));
    return "rate "
        + server
        + " overhead "
        + overheadBytes
        + " B queue "
        + queuePackets
        + " pkts"
        + (queueBytes > 0 ? " " + queueBytes + " B" : "")
        + (queueDelay.isZero() ? "" : " " + millis(queueDelay))
        + " "
        + discipline.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + (discipline == QueueDiscipline.CODEL
            ? " target " + millis(codelTarget) + " interval " + millis(codelInterval)
            : "");
  }
}
