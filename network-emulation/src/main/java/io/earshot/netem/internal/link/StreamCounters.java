package io.earshot.netem.internal.link;

import io.earshot.netem.StreamStats;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of one stream direction over all its connections; written on the executor. */
public final class StreamCounters {

  private final AtomicLong chunksOffered = new AtomicLong();
  private final AtomicLong bytesOffered = new AtomicLong();
  private final AtomicLong chunksDelivered = new AtomicLong();
  private final AtomicLong bytesDelivered = new AtomicLong();
  private final AtomicLong lossStalls = new AtomicLong();
  private final AtomicLong outageStallNanos = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();

  void offered(int bytes) {
    chunksOffered.incrementAndGet();
    bytesOffered.addAndGet(bytes);
  }

  void delivered(int bytes) {
    chunksDelivered.incrementAndGet();
    bytesDelivered.addAndGet(bytes);
  }

  void lossStall() {
    lossStalls.incrementAndGet();
  }

  void outageStall(long nanos) {
    outageStallNanos.addAndGet(nanos);
  }

  /** A connection opened a path in this direction. */
  public void connectionOpened() {
    connections.incrementAndGet();
  }

  /** Snapshot for reports. */
  public StreamStats snapshot() {
    long deliveredNow = chunksDelivered.get();
    long bytesDeliveredNow = bytesDelivered.get();
    return new StreamStats(
        chunksOffered.get(),
        bytesOffered.get(),
        deliveredNow,
        bytesDeliveredNow,
        lossStalls.get(),
        outageStallNanos.get(),
        connections.get());
  }
}
