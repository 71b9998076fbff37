package io.earshot.engine.internal.client;

import io.earshot.engine.AudioRenderSink;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.CorruptPayloadException;
import io.earshot.engine.internal.media.AdaptiveJitterBuffer;
import io.earshot.engine.internal.media.JitterBufferConfig;
import io.earshot.engine.internal.media.Playout;
import io.earshot.engine.internal.media.PlayoutPhase;
import io.earshot.engine.internal.media.PlayoutQueue;
import io.earshot.engine.internal.quality.LossRunTracker;

/**
 * The playout half of a played stream, one 20 ms tick at a time: jitter buffer → decoder, or the
 * next frame's in-band FEC, or concealment → the playout queue (which keeps the sub-frame phase,
 * {@link PlayoutPhase}) → the render sink; with the statistics the quality callbacks read and the
 * break detector. After ten concealed frames in a row it renders plain silence rather than running
 * concealment forever.
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
  private final boolean hints;
  private final short[] silence = new short[AudioDecoder.FRAME_SAMPLES];
  private final short[] device = new short[AudioDecoder.FRAME_SAMPLES];
  private final PlayoutQueue queue = new PlayoutQueue();
  private final PlayoutPhase phase;
  private final long steadyTargetNanos;
  private int concealedRun;
  private boolean quiet = true;
  private long deviceNanos = Long.MIN_VALUE;

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
    this.steadyTargetNanos = config.minTargetNanos();
    this.phase = new PlayoutPhase(config.initialTargetNanos());
    this.sink = sink;
    this.breaks = counters.breaks;
    this.stats = counters.decode;
    this.residual = counters.residual;
    this.fec = fec;
    this.hints = decoder.takesHints();
  }

  /**
   * One tick: the device's next frame, from what the queue holds and as many frames from the buffer
   * as it needs (one, or two after a shortened frame, none after a lengthened one). {@code muted}:
   * the play is receive-muted (silence, no concealment); {@code absent}: the publisher is gone
   * (concealment is no break).
   */
  void tick(long nowNanos, boolean muted, boolean absent) {
    // The device's clock: steady from its first frame on (the recording is contiguous), where the
    // tick that feeds it may run late.
    long deviceAt = deviceNanos == Long.MIN_VALUE ? nowNanos : deviceNanos;
    while (queue.needsFrame()) {
      long queued = queue.queuedNanos();
      Playout out = buffer.poll(nowNanos, queued);
      if (out.kind() == Playout.Kind.NOT_STARTED) {
        return;
      }
      long playsAt = deviceAt + queued;
      short[] pcm = muted ? muted(nowNanos) : play(out, playsAt, absent);
      int shift = quiet && !muted ? phase.correctionSamples() : 0;
      queue.append(pcm, shift);
    }
    queue.take(device);
    sink.render(streamId, device, nowNanos);
    deviceNanos = deviceAt + AdaptiveJitterBuffer.FRAME_NANOS;
  }

  private short[] muted(long nowNanos) {
    // No concealment of audio from before the mute once it ends: silence until a real frame.
    concealedRun = MAX_CONCEALED_RUN;
    breaks.pause(nowNanos);
    return silence;
  }

  private short[] play(Playout out, long playsAt, boolean absent) {
    short[] pcm = null;
    if (out instanceof Playout.Frame f && (pcm = decode(f.payload())) != null) {
      phase.played(playsAt - f.ingestNanos(), buffer.targetNanos() <= steadyTargetNanos);
      byte[] upcoming = hints ? buffer.upcomingPayload() : null;
      if (upcoming != null) {
        decoder.upcoming(upcoming);
      }
    } else if (out instanceof Playout.Missing m && fec && m.next() != null) {
      pcm = decoder.decodeFromNext(m.next().payload());
      if (pcm != null) {
        stats.fecRecovered++;
      }
    }
    if (pcm != null) {
      concealedRun = 0;
      stats.decoded++;
      residual.onReceived();
      breaks.decoded(playsAt);
      quiet(stats.onRendered(pcm, false));
      return pcm;
    }
    concealedRun++;
    pcm = concealedRun <= MAX_CONCEALED_RUN ? decoder.conceal() : silence;
    boolean held = out instanceof Playout.Missing m && m.held();
    if (absent) {
      breaks.pause(playsAt);
    } else {
      // A frame's turn passed without it, or the buffer ran dry and the listener hears concealment
      // where audio was due (a burst longer than the buffer, an outage). A hold the buffer chose,
      // with frames in hand, is neither: it is placed in a quiet frame to raise the delay.
      if (!held || buffer.bufferedFrames() == 0) {
        residual.onLost();
      }
      breaks.concealed(playsAt);
    }
    quiet(stats.onRendered(pcm, true));
    return pcm;
  }

  private void quiet(double meanSquare) {
    quiet = meanSquare < QUIET_MEAN_SQUARE;
    buffer.lastFrameWasQuiet(quiet);
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
