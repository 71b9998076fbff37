package io.earshot.engine.internal.codec;

import com.sun.jna.ptr.PointerByReference;
import io.earshot.engine.codec.AudioEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import tomp2p.opuswrapper.Opus;

/**
 * libopus encoder for one 48 kHz mono stream of 20 ms frames. The PCM and packet buffers are direct
 * and allocated once, so a frame costs one copy in, one copy out and the returned array: encoding
 * runs 50 times a second per publisher and allocation would show up beside the ~200 µs of libopus
 * itself. Single-threaded.
 */
public final class OpusAudioEncoder implements AudioEncoder {
  // RFC 6716 §3.2.1: a single 20 ms frame never exceeds 1275 bytes.
  private static final int MAX_PACKET_BYTES = 1275;

  private final Opus opus;
  private final ShortBuffer pcm;
  private final ByteBuffer packet;
  private PointerByReference state;
  private final SavedNativeState saved;

  OpusAudioEncoder(Opus opus, OpusCodecConfig config) {
    this.opus = opus;
    IntBuffer error =
        ByteBuffer.allocateDirect(Integer.BYTES).order(ByteOrder.nativeOrder()).asIntBuffer();
    PointerByReference created =
        opus.opus_encoder_create(
            OpusCodecFactory.SAMPLE_RATE,
            OpusCodecFactory.CHANNELS,
            Opus.OPUS_APPLICATION_VOIP,
            error);
    OpusStatus.check(opus, "opus_encoder_create", error.get(0));
    if (created == null || created.getPointer() == null) {
      throw new OpusCodecException(
          "opus_encoder_create", Opus.OPUS_ALLOC_FAIL, "returned no state");
    }
    this.state = created;
    this.saved =
        new SavedNativeState(
            "encoder",
            created.getPointer(),
            () -> opus.opus_encoder_get_size(OpusCodecFactory.CHANNELS));
    try {
      setOption(Opus.OPUS_SET_BITRATE_REQUEST, config.bitrateBps(), "OPUS_SET_BITRATE");
      setOption(Opus.OPUS_SET_COMPLEXITY_REQUEST, config.complexity(), "OPUS_SET_COMPLEXITY");
      setOption(Opus.OPUS_SET_INBAND_FEC_REQUEST, 0, "OPUS_SET_INBAND_FEC");
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    this.pcm =
        ByteBuffer.allocateDirect(FRAME_SAMPLES * Short.BYTES)
            .order(ByteOrder.nativeOrder())
            .asShortBuffer();
    this.packet = ByteBuffer.allocateDirect(MAX_PACKET_BYTES);
  }

  @Override
  public byte[] encode(short[] pcm960) {
    if (pcm960 == null || pcm960.length != FRAME_SAMPLES) {
      throw new IllegalArgumentException(
          "expected "
              + FRAME_SAMPLES
              + " samples (20 ms at 48 kHz), found "
              + (pcm960 == null ? "null" : pcm960.length));
    }
    PointerByReference s = openState();
    pcm.put(0, pcm960);
    int bytes = opus.opus_encode(s, pcm, FRAME_SAMPLES, packet, MAX_PACKET_BYTES);
    OpusStatus.check(opus, "opus_encode", bytes);
    byte[] out = new byte[bytes];
    packet.get(0, out);
    return out;
  }

  @Override
  public void protectAgainstLoss(boolean fec, int expectedLossPercent) {
    if (expectedLossPercent < 0 || expectedLossPercent > 100) {
      throw new IllegalArgumentException(
          "expected loss must be 0–100 %, found " + expectedLossPercent);
    }
    openState();
    setOption(Opus.OPUS_SET_INBAND_FEC_REQUEST, fec ? 1 : 0, "OPUS_SET_INBAND_FEC");
    setOption(
        Opus.OPUS_SET_PACKET_LOSS_PERC_REQUEST,
        fec ? expectedLossPercent : 0,
        "OPUS_SET_PACKET_LOSS_PERC");
  }

  /** Saves libopus's whole state ({@link SavedNativeState}). */
  @Override
  public boolean saveState() {
    openState();
    saved.save();
    return true;
  }

  @Override
  public void restoreState() {
    openState();
    saved.restore();
  }

  @Override
  public void close() {
    if (state != null) {
      PointerByReference s = state;
      state = null;
      opus.opus_encoder_destroy(s);
    }
  }

  private void setOption(int request, int value, String name) {
    OpusStatus.check(
        opus,
        "opus_encoder_ctl(" + name + ", " + value + ")",
        opus.opus_encoder_ctl(state, request, value));
  }

  private PointerByReference openState() {
    if (state == null) {
      throw new IllegalStateException("expected an open encoder, found one already closed");
    }
    return state;
  }
}
