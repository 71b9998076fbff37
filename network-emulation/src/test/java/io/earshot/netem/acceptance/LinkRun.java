package io.earshot.netem.acceptance;

import io.earshot.netem.DatagramPath;
import io.earshot.netem.DatagramStats;
import io.earshot.netem.DeterministicTestScheduler;
import io.earshot.netem.Direction;
import io.earshot.netem.PacketDecision;
import io.earshot.netem.UserLink;
import io.earshot.netem.profile.DirectionProfile;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives one user link's uplink in simulated time: sends packets whose first 8 bytes carry their
 * index, and records every delivery (payload and time) and the decision log.
 */
final class LinkRun {

  static final long MS = 1_000_000L;

  /** One delivery as the receiver saw it. */
  record Arrival(long index, long atNanos, byte[] payload) {}

  final DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
  final UserLink link;
  final List<Arrival> arrivals = new ArrayList<>();
  final List<byte[]> sent = new ArrayList<>();
  private final DatagramPath path;
  private boolean keepSent;

  LinkRun(DirectionProfile uplink, long seed, int logCapacity) {
    link = new UserLink("acceptance", seed, scheduler);
    link.apply(Direction.UPLINK, uplink);
    link.enableDecisionLog(logCapacity);
    path = link.openDatagramPath(this::received, d -> {});
  }

  static LinkRun of(DirectionProfile uplink, long seed) {
    return new LinkRun(uplink, seed, 200_000);
  }

  LinkRun keepSentPayloads() {
    keepSent = true;
    return this;
  }

  private void received(byte[] payload) {
    long index = payload.length >= 8 ? ByteBuffer.wrap(payload).getLong() : -1;
    arrivals.add(new Arrival(index, scheduler.nowNanos(), payload));
  }

  /** Sends {@code n} packets of {@code size} bytes (>= 8), {@code spacingNanos} apart. */
  LinkRun send(int n, long spacingNanos, int size) {
    long start = scheduler.nowNanos();
    for (int i = 0; i < n; i++) {
      scheduler.runUntil(start + i * spacingNanos);
      sendOne(size);
    }
    scheduler.runUntilIdle();
    return this;
  }

  /** Sends one packet at each of {@code times} (non-decreasing, absolute). */
  LinkRun sendAt(long[] times, int size) {
    for (long t : times) {
      scheduler.runUntil(t);
      sendOne(size);
    }
    scheduler.runUntilIdle();
    return this;
  }

  void sendOne(int size) {
    byte[] payload = new byte[size];
    long index = sent.size();
    ByteBuffer.wrap(payload).putLong(index);
    for (int b = 8; b < size; b++) {
      payload[b] = (byte) (index * 31 + b);
    }
    sent.add(keepSent ? payload.clone() : null);
    path.uplink().send(payload);
  }

  DatagramStats stats() {
    return link.stats().datagramUplink();
  }

  List<PacketDecision> decisions() {
    return link.decisionLog(Direction.UPLINK);
  }

  /** 1 for each packet index that was dropped, 0 otherwise, in index order. */
  boolean[] lostByIndex() {
    boolean[] lost = new boolean[sent.size()];
    for (PacketDecision d : decisions()) {
      lost[(int) d.index()] = !d.delivered();
    }
    return lost;
  }
}
