package io.earshot.engine.internal.client;

import io.earshot.engine.AudioCaptureSource;
import io.earshot.engine.AudioRenderSink;
import io.earshot.engine.PublishChannel;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.internal.media.JitterBufferConfig;
import io.earshot.engine.internal.rtp.RtpPacketizer;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Where the engine's media paths are assembled, in the order audio travels:
 *
 * <pre>
 * publish: capture → microphone mute → level meter → encoder (in-band FEC when loss is reported)
 *          → RTP packetizer → sender (history for NACKs) → media link
 * play:    media link → RTP depacketizer → leg receiver (statistics, NACKs) → adaptive jitter
 *          buffer → decoder / next frame's FEC / concealment → level meter → render sink
 * </pre>
 */
final class MediaPaths {
  private final ClientContext ctx;
  private final AudioMuteSettings mutes;
  private final SoundLevelMonitor levels;
  private final Consumer<byte[]> mediaLink;
  private final LegFeedback feedback;
  private final MediaOptions options;

  MediaPaths(
      ClientContext ctx,
      AudioMuteSettings mutes,
      SoundLevelMonitor levels,
      Consumer<byte[]> mediaLink,
      LegFeedback feedback) {
    this.ctx = ctx;
    this.mutes = mutes;
    this.levels = levels;
    this.mediaLink = mediaLink;
    this.feedback = feedback;
    boolean recovery = ctx.env.lossRecovery();
    this.options = new MediaOptions(recovery, recovery);
  }

  PublishSession publish(
      PublishChannel channel, String streamId, RtpPacketizer packetizer, AudioEncoder encoder) {
    RtpSender sender = new RtpSender(mediaLink);
    return new PublishSession(channel, streamId, capture(), encoder, packetizer, sender, options);
  }

  PlaySession play(String streamId) {
    JitterBufferConfig buffer =
        JitterBufferConfig.withInitialTarget(ctx.env.jitterBufferMillis() * 1_000_000L);
    return new PlaySession(
        streamId,
        options,
        ctx.env.codecs(),
        buffer,
        render(),
        event -> ctx.callbacks.post(h -> h.onPlayerMediaEvent(streamId, event)),
        feedback,
        ctx.counters.playout);
  }

  /** The capture source, silenced while the microphone is muted, then metered. */
  private AudioCaptureSource capture() {
    AudioCaptureSource source = ctx.env.captureSource();
    return frame -> {
      source.capture(frame);
      if (mutes.microphoneMuted()) {
        Arrays.fill(frame, (short) 0);
      }
      levels.onCaptured(frame);
    };
  }

  /** Metered, then the application's sink. */
  private AudioRenderSink render() {
    AudioRenderSink sink = ctx.env.renderSink();
    return (streamId, frame, playoutNanos) -> {
      levels.onRendered(streamId, frame);
      sink.render(streamId, frame, playoutNanos);
    };
  }
}
