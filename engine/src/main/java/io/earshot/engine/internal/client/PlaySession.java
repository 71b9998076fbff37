package io.earshot.engine.internal.client;

import io.earshot.engine.AudioRenderSink;
import io.earshot.engine.PlayerState;
import io.earshot.engine.RemoteDeviceState;
import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.CorruptPayloadException;
import io.earshot.engine.internal.media.JitterBuffer;
import io.earshot.engine.internal.media.JitterBufferConfig;
import io.earshot.engine.internal.media.Playout;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;

/**
 * One played stream: RTP → jitter buffer → Opus decode (or concealment for a missing packet) → the
 * render sink, on a 20 ms playout clock that starts with the first packet. A new SSRC (the stream
 * published again) restarts the buffer and the decoder without a state change. While receive-muted
 * the clock keeps running (the buffer drains and rebuffers as after an outage) but renders silence.
 */
final class PlaySession {
  /**
   * After this many concealed frames in a row, render plain silence instead of running PLC forever.
   */
  private static final int MAX_CONCEALED_RUN = 10;

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

  /** The publisher's mic state last reported to the app; null before the first report. */
  RemoteDeviceState remoteMicState;

  private final AudioCodecFactory codecs;
  private final JitterBufferConfig bufferConfig;
  private final AudioRenderSink sink;
  private JitterBuffer buffer;
  private AudioDecoder decoder;
  private Cancellable playoutClock = Cancellable.NONE;
  private boolean clockRunning;
  private int concealedRun;
  private final short[] silence = new short[AudioDecoder.FRAME_SAMPLES];
  long packetsReceived;
  long framesDecoded;
  long framesConcealed;
  long payloadsCorrupt;

  /** Read from other threads through {@code EngineCore.counters()}. */
  final PlayStats stats = new PlayStats();

  PlaySession(
      String streamId,
      AudioCodecFactory codecs,
      JitterBufferConfig bufferConfig,
      AudioRenderSink sink) {
    this.streamId = streamId;
    this.codecs = codecs;
    this.bufferConfig = bufferConfig;
    this.sink = sink;
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
    buffer = new JitterBuffer(bufferConfig);
    decoder = codecs.newDecoder();
    concealedRun = 0;
  }

  /** A packet for this stream; returns true if it was the first one. */
  boolean receive(RtpPacket packet, long nowNanos, Scheduler scheduler) {
    if (buffer == null) {
      return false;
    }
    packetsReceived++;
    stats.onPacket(packet.sequenceNumber());
    buffer.offer(packet, nowNanos);
    if (!clockRunning) {
      clockRunning = true;
      playoutClock =
          scheduler.scheduleAtFixedRate(
              () -> playOne(scheduler.nanoTime()), 0, JitterBuffer.FRAME_NANOS);
    }
    boolean first = !firstPacketReported;
    firstPacketReported = true;
    return first;
  }

  private void playOne(long nowNanos) {
    Playout out = buffer.poll(nowNanos);
    if (receiveMuted) {
      // No concealment of audio from before the mute once it ends: silence until a real frame.
      concealedRun = MAX_CONCEALED_RUN;
      if (out.kind() != Playout.Kind.NOT_STARTED) {
        sink.render(streamId, silence, nowNanos);
      }
      return;
    }
    switch (out.kind()) {
      case NOT_STARTED -> {
        return;
      }
      case FRAME -> {
        try {
          short[] pcm = decoder.decode(((Playout.Frame) out).payload());
          framesDecoded++;
          concealedRun = 0;
          sink.render(streamId, pcm, nowNanos);
          return;
        } catch (CorruptPayloadException e) {
          payloadsCorrupt++;
        }
      }
      case MISSING -> {}
    }
    framesConcealed++;
    concealedRun++;
    sink.render(
        streamId, concealedRun <= MAX_CONCEALED_RUN ? decoder.conceal() : silence, nowNanos);
  }

  void stop() {
    releaseMedia();
    state = PlayerState.NO_PLAY;
  }

  private void releaseMedia() {
    playoutClock.cancel();
    playoutClock = Cancellable.NONE;
    clockRunning = false;
    if (decoder != null) {
      decoder.close();
      decoder = null;
    }
    buffer = null;
  }
}
