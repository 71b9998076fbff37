package io.earshot.engine.internal.client;

import io.earshot.engine.AudioCaptureSource;
import io.earshot.engine.PublishChannel;
import io.earshot.engine.PublisherState;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import io.earshot.engine.internal.rtp.RtpPacketizer;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import java.util.function.Consumer;

/**
 * One published stream: capture every 20 ms → Opus encode → RTP packetize → media socket. Capture
 * starts with the request (so the first captured frame precedes {@code PUBLISHING}); packets are
 * sent only while the server has accepted the stream.
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

  /**
   * A break interrupted a publish that was {@code PUBLISHING}: it reports {@code PUBLISH_REQUESTING
   * 1003020} but keeps sending, so audio resumes as soon as the path is back.
   */
  boolean interrupted;

  private final AudioCaptureSource source;
  private final AudioEncoder encoder;
  private final RtpPacketizer packetizer;
  private final Consumer<byte[]> transport;
  private final short[] frame = new short[AudioCaptureSource.FRAME_SAMPLES];
  private final short[] silence = new short[AudioCaptureSource.FRAME_SAMPLES];
  private Cancellable captureClock = Cancellable.NONE;
  private boolean firstPacket = true;
  long framesCaptured;
  long packetsSent;

  PublishSession(
      PublishChannel channel,
      String streamId,
      AudioCaptureSource source,
      AudioEncoder encoder,
      RtpPacketizer packetizer,
      Consumer<byte[]> transport) {
    this.channel = channel;
    this.streamId = streamId;
    this.ssrc = packetizer.ssrc();
    this.source = source;
    this.encoder = encoder;
    this.packetizer = packetizer;
    this.transport = transport;
  }

  /** Starts the capture clock; {@code onFirstFrame} runs after the first captured frame. */
  void startCapture(Scheduler scheduler, Runnable onFirstFrame) {
    captureClock = scheduler.scheduleAtFixedRate(() -> captureOne(onFirstFrame), 0, FRAME_NANOS);
  }

  private void captureOne(Runnable onFirstFrame) {
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
    transport.accept(RtpPacketCodec.encode(packetizer.next(payload, firstPacket)));
    firstPacket = false;
    packetsSent++;
  }

  void stop() {
    captureClock.cancel();
    encoder.close();
    state = PublisherState.NO_PUBLISH;
  }
}
