package io.earshot.engine.internal.server;

import io.earshot.engine.scheduling.Scheduler;
import java.net.InetAddress;

/**
 * How the signaling side changes the relay: every change is posted to the media scheduler, which
 * owns the relay's state, so signaling and media run on separate event loops in real time (and in
 * order on the one virtual clock in simulated time).
 */
final class RelayControl {
  private final MediaRelay relay;
  private final Scheduler media;

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
      change.run();
    } else {
      media.execute(change);
    }
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
