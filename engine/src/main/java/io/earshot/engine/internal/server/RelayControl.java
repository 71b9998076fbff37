package io.earshot.engine.internal.server;

import io.earshot.engine.scheduling.Scheduler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How the signaling side changes the relay: every change is posted to the media scheduler, which
 * owns the relay's state, so signaling and media run on separate event loops in real time (and in
 * order on the one virtual clock in simulated time).
 *
 * <p>Changes wait in a queue of their own that the relay applies before each datagram it handles,
 * so whatever signaling did before a client could react (a login answered, then the client's bind)
 * is in force when the client's datagram arrives, however busy the media loop was.
 */
final class RelayControl {
  private final MediaRelay relay;
  private final Scheduler media;
  private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();

  RelayControl(MediaRelay relay, Scheduler media) {
    this.relay = relay;
    this.media = media;
  }

  /**
   * Runs a change on the media scheduler: at once when already on it (one scheduler in simulated
   * time), else posted there (real time, where the relay has a loop of its own).
   */
  private void run(Runnable change) {
    if (media.inEventLoop()) {
      applyPending();
      change.run();
    } else {
      pending.add(change);
      media.execute(this::applyPending);
    }
  }

  /** Applies the changes posted so far, in order (on the media scheduler). */
  private void applyPending() {
    for (Runnable change; (change = pending.poll()) != null; ) {
      change.run();
    }
  }

  /** A datagram from a client, handled once every change posted before it is in force. */
  void onDatagram(InetSocketAddress from, byte[] data) {
    applyPending();
    relay.onDatagram(from, data);
  }

  void register(long token, byte[] secret, InetAddress signalingIp) {
    byte[] copy = secret.clone();
    run(() -> relay.register(new MediaSession(token, copy, signalingIp, media.nanoTime())));
  }

  void unregister(long token) {
    run(() -> relay.unregister(token));
  }

  void publish(long token, long ssrc, String key) {
    run(() -> relay.publish(token, ssrc, key));
  }

  void unpublish(long token, long ssrc) {
    run(() -> relay.unpublish(token, ssrc));
  }

  void play(long token, String key, boolean receiveMuted) {
    run(() -> relay.play(token, key, receiveMuted));
  }

  void stopPlay(long token, String key) {
    run(() -> relay.stopPlay(token, key));
  }

  void heartbeat(long token) {
    run(() -> relay.heartbeat(token));
  }

  void setReceiveMuted(long token, String key, boolean muted) {
    run(() -> relay.setReceiveMuted(token, key, muted));
  }
}
