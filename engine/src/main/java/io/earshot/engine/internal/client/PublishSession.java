package io.earshot.engine.internal.client;

import io.earshot.engine.AudioCaptureSource;
import io.earshot.engine.PublishChannel;
import io.earshot.engine.PublisherState;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.internal.rtp.RtpPacketizer;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.scheduling.TickLateness;

/**
 * One published stream: capture every 20 ms → Opus encode → RTP packetize → the sender (history for
 * retransmission) → media link. Capture starts with the request (so the first captured frame
 * precedes {@code PUBLISHING}); packets are sent only while the server has accepted the stream, or
 * while a break interrupts it (so audio resumes as soon as the path is back).
 */
final class PublishSession {
  static final long FRAME_NANOS = 20_000_000L;

  final PublishChannel channel;
  final String streamId;
  final long ssrc;
  PublisherState state = PublisherState.PUBLISH_REQUESTING;
  boolean firstFrameReported;

  /** The publish-stream mute: capture goes on, the stream carries silence. */
  boolean sendSilence;

  /** The mute state the server was last told; null until the publish request is sent. */
  Boolean announcedMuted;

  /** A break interrupted a publish that was {@code PUBLISHING}. */
  boolean interrupted;

  /** The 3 s quality callback's meter and clock, from the first {@code PUBLISHING} on. */
  PublishQualityMeter quality;

  Cancellable qualityClock = Cancellable.NONE;

  final RtpSender sender;

  /** Whether NACKs are answered from the sender's history (loss recovery on). */
  final boolean answersNacks;

  final PublishFeedback feedback;
  private final AudioCaptureSource source;
  private final AudioEncoder encoder;
  private final RtpPacketizer packetizer;
  private final short[] frame = new short[AudioCaptureSource.FRAME_SAMPLES];
  private final short[] silence = new short[AudioCaptureSource.FRAME_SAMPLES];
  private Cancellable captureClock = Cancellable.NONE;
  private boolean firstPacket = true;
  long framesCaptured;

  PublishSession(
      PublishChannel channel,
      String streamId,
      AudioCaptureSource source,
      AudioEncoder encoder,
      RtpPacketizer packetizer,
      RtpSender sender,
      MediaOptions options) {
    this.channel = channel;
    this.streamId = streamId;
    this.ssrc = packetizer.ssrc();
    this.source = source;
    this.encoder = encoder;
    this.packetizer = packetizer;
    this.sender = sender;
    this.feedback = new PublishFeedback(encoder, options.fec());
    this.answersNacks = options.nack();
  }

  /** Starts the capture clock; {@code onFirstFrame} runs after the first captured frame. */
  void startCapture(Scheduler scheduler, Runnable onFirstFrame, TickLateness lateness) {
    captureClock =
        scheduler.scheduleAtFixedRate(
            () -> captureOne(onFirstFrame, scheduler.nanoTime()), 0, FRAME_NANOS, lateness);
  }

  private void captureOne(Runnable onFirstFrame, long nowNanos) {
    source.capture(frame);
    framesCaptured++;
    if (!firstFrameReported) {
      firstFrameReported = true;
      onFirstFrame.run();
    }
    if (state != PublisherState.PUBLISHING && !interrupted) {
      return;
    }
    byte[] payload = encoder.encode(sendSilence ? silence : frame);
    sender.send(packetizer.next(payload, firstPacket), nowNanos);
    firstPacket = false;
  }

  void stop() {
    QualityClocks.ended(this);
    captureClock.cancel();
    encoder.close();
    state = PublisherState.NO_PUBLISH;
  }
}
