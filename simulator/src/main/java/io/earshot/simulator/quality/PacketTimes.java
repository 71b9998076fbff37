package io.earshot.simulator.quality;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * When the RTP packets of one SSRC passed two points of one user's link (in and out of the uplink,
 * or of the downlink), by sequence number extended past 16-bit wraps from the first one seen. A
 * duplicate keeps the first time; a dropped packet has no "out" time. Guarded by {@link PacketLog}.
 */
final class PacketTimes {
  private static final long NONE = Long.MIN_VALUE;

  private long base = NONE;
  private long highest;
  private long[] in = filled(256);
  private long[] out = filled(256);
  private long[] timestamps = filled(256);

  void record(RtpHeader header, boolean entering, long nanos) {
    long ext = extend(header.sequence());
    if (ext < base) {
      return; // reordered from before the first packet seen: too old to matter
    }
    int i = (int) (ext - base);
    grow(i);
    long[] times = entering ? in : out;
    if (times[i] == NONE) {
      times[i] = nanos;
      timestamps[i] = header.timestamp();
    }
  }

  /** The extended sequence number of the first packet seen; empty if none. */
  OptionalLong first() {
    return base == NONE ? OptionalLong.empty() : OptionalLong.of(base);
  }

  /** The highest extended sequence number seen. */
  long highest() {
    return highest;
  }

  OptionalLong in(long ext) {
    return at(in, ext);
  }

  OptionalLong out(long ext) {
    return at(out, ext);
  }

  OptionalLong timestamp(long ext) {
    return at(timestamps, ext);
  }

  private OptionalLong at(long[] times, long ext) {
    if (base == NONE || ext < base || ext - base >= times.length) {
      return OptionalLong.empty();
    }
    long v = times[(int) (ext - base)];
    return v == NONE ? OptionalLong.empty() : OptionalLong.of(v);
  }

  private long extend(int sequence) {
    if (base == NONE) {
      base = 65_536L + sequence;
      highest = base;
      return base;
    }
    long candidate = (highest & ~0xFFFFL) + sequence;
    if (candidate - highest > 32_768) {
      candidate -= 65_536;
    } else if (highest - candidate > 32_768) {
      candidate += 65_536;
    }
    highest = Math.max(highest, candidate);
    return candidate;
  }

  private void grow(int index) {
    if (index >= in.length) {
      int size = Math.max(in.length * 2, index + 1);
      in = grown(in, size);
      out = grown(out, size);
      timestamps = grown(timestamps, size);
    }
  }

  private static long[] grown(long[] a, int size) {
    long[] b = Arrays.copyOf(a, size);
    Arrays.fill(b, a.length, size, NONE);
    return b;
  }

  private static long[] filled(int size) {
    long[] a = new long[size];
    Arrays.fill(a, NONE);
    return a;
  }
}
