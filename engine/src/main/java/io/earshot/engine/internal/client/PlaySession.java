package io.earshot.engine.internal.client;

import io.earshot.engine.AudioRenderSink;
import io.earshot.engine.PlayerMediaEvent;
import io.earshot.engine.PlayerState;
import io.earshot.engine.RemoteDeviceState;
import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.internal.media.AdaptiveJitterBuffer;
import io.earshot.engine.internal.media.JitterBufferConfig;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.scheduling.TickLateness;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One played stream: the leg's receiver (statistics, NACKs) → the playout path (adaptive jitter
 * buffer → decode, FEC or concealment → render) on a 20 ms clock that starts with the first packet.
 * A new SSRC (the stream published again) restarts both without a state change. While receive-muted
 * the clock keeps running but renders silence.
 */
final class PlaySession {
  /**
   * What a retransmission needs beyond the round trip to be in time: the next packet to reveal the
   * gap (one frame), the reordering wait, the turn of the next tick (one frame), and a frame spare.
   */
  private static final long RETRANSMISSION_MARGIN_NANOS =
      3 * AdaptiveJitterBuffer.FRAME_NANOS + 10_000_000L;

  /**
   * How long after the last NACK the buffer keeps room for retransmissions: longer than the gaps
   * between bursts, so the delay does not swing up and down (each swing is a heard insert or drop).
   */
  private static final long RECENT_LOSS_NANOS = 10_000_000_000L;

  final String streamId;
  PlayerState state = PlayerState.PLAY_REQUESTING;
  long ssrc = -1;
  boolean firstPacketReported;

  /** The receive mute: the server withholds the stream and playout renders silence. */
  boolean receiveMuted;

  /** The receive mute the server was last told; null until the play request is sent. */
  Boolean announcedReceiveMuted;

  /** A break interrupted a play that was {@code PLAYING}; it keeps playing what arrives. */
  boolean interrupted;

  /** Whether the stream's publisher is in the room; while it is not, silence is no break. */
  BooleanSupplier publisherPresent = () -> true;

  /** The publisher's mic state last reported to the app; null before the first report. */
  RemoteDeviceState remoteMicState;

  /** The 3 s quality callback's meter and clock, from the first {@code PLAYING} on. */
  PlayQualityMeter quality;

  Cancellable qualityClock = Cancellable.NONE;

  /** Read from other threads through {@code EngineCore.counters()}. */
  final PlayStats stats = new PlayStats();

  private final MediaOptions options;
  private final AudioCodecFactory codecs;
  private final JitterBufferConfig bufferConfig;
  private final AudioRenderSink sink;
  final PlayCounters counters;
  private final LegFeedback feedback;
  private final TickLateness lateness;
  PlayReceiver receiver;
  PlayoutPath playout;
  private Cancellable playoutClock = Cancellable.NONE;
  private long clockPhaseNanos;
  private long lastNackNanos = Long.MIN_VALUE;

  PlaySession(
      String streamId,
      MediaOptions options,
      AudioCodecFactory codecs,
      JitterBufferConfig bufferConfig,
      AudioRenderSink sink,
      Consumer<PlayerMediaEvent> mediaEvents,
      LegFeedback feedback,
      TickLateness lateness) {
    this.lateness = lateness;
    this.streamId = streamId;
    this.options = options;
    this.codecs = codecs;
    this.bufferConfig = bufferConfig;
    this.sink = sink;
    this.counters = new PlayCounters(mediaEvents);
    this.feedback = feedback;
  }

  /**
   * The server announced the stream's SSRC; a different one than before restarts the media path.
   */
  void attach(long newSsrc) {
    if (newSsrc == ssrc) {
      return;
    }
    ssrc = newSsrc;
    stats.restart(newSsrc);
    releaseMedia();
    receiver = new PlayReceiver(newSsrc);
    playout =
        new PlayoutPath(streamId, codecs.newDecoder(), bufferConfig, sink, counters, options.fec());
  }

  /** A packet for this stream; returns true if it was the first one. */
  boolean receive(RtpPacket packet, int datagramBytes, long nowNanos, Scheduler scheduler) {
    if (playout == null) {
      return false;
    }
    stats.onPacket(packet.sequenceNumber(), packet.timestamp());
    boolean retransmission = receiver.leg.onPacket(packet, datagramBytes, nowNanos);
    playout.buffer.offer(packet, nowNanos, retransmission);
    askAgain(nowNanos);
    keepClockOnStart(nowNanos, scheduler);
    boolean first = !firstPacketReported;
    firstPacketReported = true;
    return first;
  }

  /**
   * Starts the playout clock with the first packet, and moves its phase while playout has not begun
   * if the buffer's start moved off the clock's ticks (a faster packet than the first): the tick
   * the first frame plays on is where the listener's delay begins (later corrected only in quiet
   * frames, by the playout's phase).
   */
  private void keepClockOnStart(long nowNanos, Scheduler scheduler) {
    long start = playout.buffer.startNanos();
    if (playoutClock != Cancellable.NONE
        && (playout.buffer.playing()
            || Math.floorMod(start - clockPhaseNanos, AdaptiveJitterBuffer.FRAME_NANOS) == 0)) {
      return;
    }
    playoutClock.cancel();
    long delay = playoutClock == Cancellable.NONE ? 0 : Math.max(0, start - nowNanos);
    clockPhaseNanos = nowNanos + delay;
    playoutClock =
        scheduler.scheduleAtFixedRate(
            () -> tick(scheduler.nanoTime()), delay, AdaptiveJitterBuffer.FRAME_NANOS, lateness);
  }

  private void tick(long nowNanos) {
    playout.tick(nowNanos, receiveMuted, !publisherPresent.getAsBoolean());
    askAgain(nowNanos);
  }

  /** Sends the NACKs that are due, and leaves retransmissions time while some are awaited. */
  private void askAgain(long nowNanos) {
    if (!options.nack()) {
      return;
    }
    long rttNanos = feedback.rttMillis() * 1_000_000L;
    List<Integer> due = receiver.leg.nacks().due(nowNanos, rttNanos, playout.buffer.targetNanos());
    if (!due.isEmpty()) {
      lastNackNanos = nowNanos;
      feedback.nack(ssrc, due);
    }
    boolean recentLoss =
        lastNackNanos != Long.MIN_VALUE && nowNanos - lastNackNanos < RECENT_LOSS_NANOS;
    playout.buffer.setRetransmissionFloor(
        recentLoss ? rttNanos + RETRANSMISSION_MARGIN_NANOS + burstWaitNanos() : 0);
  }

  /**
   * A burst is noticed only when the packet after it arrives: its first frame waits one frame more
   * for every further frame the burst usually spans. Read only while loss is recent (once a tick).
   */
  private long burstWaitNanos() {
    double meanRun = receiver.leg.firstTimeRuns().meanRunLength();
    return Math.max(0, Math.round(meanRun) - 1) * AdaptiveJitterBuffer.FRAME_NANOS;
  }

  void stop() {
    QualityClocks.ended(this);
    releaseMedia();
    state = PlayerState.NO_PLAY;
  }

  private void releaseMedia() {
    playoutClock.cancel();
    playoutClock = Cancellable.NONE;
    if (playout != null) {
      playout.close();
      playout = null;
    }
  }
}
