package io.earshot.engine.internal.client;

import io.earshot.engine.AudioRenderSink;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.CorruptPayloadException;
import io.earshot.engine.internal.media.AdaptiveJitterBuffer;
import io.earshot.engine.internal.media.JitterBufferConfig;
import io.earshot.engine.internal.media.Playout;
import io.earshot.engine.internal.quality.LossRunTracker;

/**
 * The playout half of a played stream, one 20 ms tick at a time: jitter buffer → decoder, or the
 * next frame's in-band FEC, or concealment → the render sink; with the statistics the quality
 * callbacks read and the break detector. After ten concealed frames in a row it renders plain
 * silence rather than running concealment forever.
 */
final class PlayoutPath {
  private static final int MAX_CONCEALED_RUN = 10;

  /**
   * Mean square below which a frame is quiet (RMS 184 of 32768, about −45 dBFS): a pause, where the
   * jitter buffer may drop or insert unheard.
   */
  private static final double QUIET_MEAN_SQUARE = (184.0 / 32768) * (184.0 / 32768);

  final AdaptiveJitterBuffer buffer;
  private final DecodeStats stats;
  private final LossRunTracker residual;
  private final BreakDetector breaks;
  private final AudioDecoder decoder;
  private final AudioRenderSink sink;
  private final String streamId;
  private final boolean fec;
  private final short[] silence = new short[AudioDecoder.FRAME_SAMPLES];
  private int concealedRun;

  PlayoutPath(
      String streamId,
      AudioDecoder decoder,
      JitterBufferConfig config,
      AudioRenderSink sink,
      PlayCounters counters,
      boolean fec) {
    this.streamId = streamId;
    this.decoder = decoder;
    this.buffer = new AdaptiveJitterBuffer(config);
    this.sink = sink;
    this.breaks = counters.breaks;
    this.stats = counters.decode;
    this.residual = counters.residual;
    this.fec = fec;
  }

  /**
   * One tick. {@code muted}: the play is receive-muted (silence, no concealment); {@code absent}:
   * the publisher is gone (concealment is no break).
   */
  void tick(long nowNanos, boolean muted, boolean absent) {
    Playout out = buffer.poll(nowNanos);
    if (out.kind() == Playout.Kind.NOT_STARTED) {
      return;
    }
    if (muted) {
      // No concealment of audio from before the mute once it ends: silence until a real frame.
      concealedRun = MAX_CONCEALED_RUN;
      breaks.pause(nowNanos);
      sink.render(streamId, silence, nowNanos);
      return;
    }
    short[] pcm = out instanceof Playout.Frame f ? decode(f.payload()) : null;
    if (pcm == null && out instanceof Playout.Missing m && fec && m.next() != null) {
      pcm = decoder.decodeFromNext(m.next().payload());
      if (pcm != null) {
        stats.fecRecovered++;
      }
    }
    if (pcm != null) {
      concealedRun = 0;
      stats.decoded++;
      residual.onReceived();
      breaks.decoded(nowNanos);
      buffer.lastFrameWasQuiet(stats.onRendered(pcm, false) < QUIET_MEAN_SQUARE);
      sink.render(streamId, pcm, nowNanos);
      return;
    }
    concealedRun++;
    pcm = concealedRun <= MAX_CONCEALED_RUN ? decoder.conceal() : silence;
    boolean held = out instanceof Playout.Missing m && m.held();
    if (absent) {
      breaks.pause(nowNanos);
    } else {
      // A frame's turn passed without it, or the buffer ran dry and the listener hears concealment
      // where audio was due (a burst longer than the buffer, an outage). A hold the buffer chose,
      // with frames in hand, is neither: it is placed in a quiet frame to raise the delay.
      if (!held || buffer.bufferedFrames() == 0) {
        residual.onLost();
      }
      breaks.concealed(nowNanos);
    }
    buffer.lastFrameWasQuiet(stats.onRendered(pcm, true) < QUIET_MEAN_SQUARE);
    sink.render(streamId, pcm, nowNanos);
  }

  private short[] decode(byte[] payload) {
    try {
      return decoder.decode(payload);
    } catch (CorruptPayloadException e) {
      stats.corrupt++;
      return null;
    }
  }

  void close() {
    decoder.close();
  }
}
