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

  private final AudioCaptureSource source;
  private final AudioEncoder encoder;
  private final RtpPacketizer packetizer;
  private final short[] frame = new short[AudioCaptureSource.FRAME_SAMPLES];
  private final short[] silence = new short[AudioCaptureSource.FRAME_SAMPLES];
  private Cancellable captureClock = Cancellable.NONE;
  private boolean firstPacket = true;
  long framesCaptured;
  long packetsSent;

  PublishSession(
      PublishChannel channel,
      String streamId,
      long ssrc,
      int initialSeq,
      long initialTimestamp,
      AudioCaptureSource source,
      AudioEncoder encoder) {
    this.channel = channel;
    this.streamId = streamId;
    this.ssrc = ssrc;
    this.source = source;
    this.encoder = encoder;
    this.packetizer = new RtpPacketizer(ssrc, RtpPayload.OPUS, initialSeq, initialTimestamp);
  }

  /** Starts the capture clock; {@code onFrame} runs for each captured frame, before it is sent. */
  void startCapture(Scheduler scheduler, Runnable onFirstFrame, Consumer<byte[]> send) {
    captureClock =
        scheduler.scheduleAtFixedRate(() -> captureOne(onFirstFrame, send), 0, FRAME_NANOS);
  }

  private void captureOne(Runnable onFirstFrame, Consumer<byte[]> send) {
    source.capture(frame);
    framesCaptured++;
    if (!firstFrameReported) {
      firstFrameReported = true;
      onFirstFrame.run();
    }
    if (state != PublisherState.PUBLISHING) {
      return;
    }
    byte[] payload = encoder.encode(sendSilence ? silence : frame);
    send.accept(RtpPacketCodec.encode(packetizer.next(payload, firstPacket)));
    firstPacket = false;
    packetsSent++;
  }

  void stop() {
    captureClock.cancel();
    encoder.close();
    state = PublisherState.NO_PUBLISH;
  }
}
