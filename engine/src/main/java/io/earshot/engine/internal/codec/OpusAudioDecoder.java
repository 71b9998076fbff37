package io.earshot.engine.internal.codec;

import com.sun.jna.ptr.PointerByReference;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.CorruptPayloadException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import tomp2p.opuswrapper.Opus;

/**
 * libopus decoder for one received 48 kHz mono stream. Accepts only packets that decode to exactly
 * one 20 ms frame, Earshot's only format; anything else from the network is a {@link
 * CorruptPayloadException}.
 *
 * <p>A zero-length payload is rejected rather than concealed, although libopus would treat it as a
 * loss: RFC 6716 packets always have a TOC byte, so an empty payload is a sender bug, and
 * concealing silently would make the caller count those 20 ms as decoded instead of concealed. The
 * caller catches the exception and calls {@link #conceal()}, which keeps the statistics honest.
 *
 * <p>The output buffer is direct and allocated once. Single-threaded.
 */
public final class OpusAudioDecoder implements AudioDecoder {
  private final Opus opus;
  private final ShortBuffer pcm;
  private PointerByReference state;
  private final SavedNativeState saved;

  OpusAudioDecoder(Opus opus) {
    this.opus = opus;
    IntBuffer error =
        ByteBuffer.allocateDirect(Integer.BYTES).order(ByteOrder.nativeOrder()).asIntBuffer();
    PointerByReference created =
        opus.opus_decoder_create(OpusCodecFactory.SAMPLE_RATE, OpusCodecFactory.CHANNELS, error);
    OpusStatus.check(opus, "opus_decoder_create", error.get(0));
    if (created == null || created.getPointer() == null) {
      throw new OpusCodecException(
          "opus_decoder_create", Opus.OPUS_ALLOC_FAIL, "returned no state");
    }
    this.state = created;
    this.saved =
        new SavedNativeState(
            "decoder",
            created.getPointer(),
            () -> opus.opus_decoder_get_size(OpusCodecFactory.CHANNELS));
    this.pcm =
        ByteBuffer.allocateDirect(FRAME_SAMPLES * Short.BYTES)
            .order(ByteOrder.nativeOrder())
            .asShortBuffer();
  }

  @Override
  public short[] decode(byte[] payload) throws CorruptPayloadException {
    PointerByReference s = openState();
    if (payload == null) {
      return conceal();
    }
    if (payload.length == 0) {
      throw new CorruptPayloadException(
          "expected an Opus packet of at least 1 byte (the TOC), found an empty payload");
    }
    // Checked before decoding so that a wrong-duration packet leaves the decoder's history
    // untouched.
    int samples = opus.opus_decoder_get_nb_samples(s, payload, payload.length);
    if (samples < 0) {
      throw corrupt(payload, samples);
    }
    if (samples != FRAME_SAMPLES) {
      throw new CorruptPayloadException(
          "expected an Opus packet of "
              + FRAME_SAMPLES
              + " samples (20 ms), found one of "
              + samples
              + " samples");
    }
    int decoded = opus.opus_decode(s, payload, payload.length, pcm, FRAME_SAMPLES, 0);
    if (decoded < 0) {
      throw corrupt(payload, decoded);
    }
    if (decoded != FRAME_SAMPLES) {
      throw new CorruptPayloadException(
          "expected opus_decode to yield " + FRAME_SAMPLES + " samples, found " + decoded);
    }
    return copyOut();
  }

  @Override
  public short[] decodeFromNext(byte[] nextPayload) {
    if (nextPayload == null || nextPayload.length == 0) {
      return null;
    }
    PointerByReference s = openState();
    // decode_fec=1: libopus decodes the previous frame from the FEC data the next packet carries,
    // or conceals it when there is none (a packet without FEC); only LBRR frames are recoveries.
    if (!carriesFec(nextPayload)) {
      return null;
    }
    int decoded = opus.opus_decode(s, nextPayload, nextPayload.length, pcm, FRAME_SAMPLES, 1);
    if (decoded != FRAME_SAMPLES) {
      return null;
    }
    short[] out = new short[FRAME_SAMPLES];
    pcm.get(0, out);
    return out;
  }

  /**
   * Whether an Opus packet carries in-band FEC (an LBRR frame): SILK or hybrid mode with the LBRR
   * flag of the first SILK frame set (RFC 6716 §4.2.3); CELT-only packets carry none.
   */
  static boolean carriesFec(byte[] packet) {
    int config = (packet[0] & 0xFF) >> 3;
    if (config >= 16 || packet.length < 2) {
      return false; // CELT-only
    }
    // With one frame per packet (code 0), the SILK header's bit 6 of the first payload byte is the
    // LBRR flag of the (mono) channel's first frame: VAD flag in bit 7, LBRR flag in bit 6.
    int code = packet[0] & 0x03;
    if (code != 0) {
      return false;
    }
    return (packet[1] & 0x40) != 0;
  }

  @Override
  public short[] conceal() {
    PointerByReference s = openState();
    // A null packet asks libopus for packet loss concealment of frame_size samples.
    int decoded = opus.opus_decode(s, null, 0, pcm, FRAME_SAMPLES, 0);
    OpusStatus.check(opus, "opus_decode(PLC)", decoded);
    if (decoded != FRAME_SAMPLES) {
      throw new IllegalStateException(
          "expected libopus PLC to yield " + FRAME_SAMPLES + " samples, found " + decoded);
    }
    return copyOut();
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
      opus.opus_decoder_destroy(s);
    }
  }

  private short[] copyOut() {
    short[] out = new short[FRAME_SAMPLES];
    pcm.get(0, out);
    return out;
  }

  private CorruptPayloadException corrupt(byte[] payload, int rc) {
    return new CorruptPayloadException(
        "expected a valid Opus packet, found "
            + payload.length
            + " bytes starting 0x"
            + String.format("%02x", payload[0] & 0xFF)
            + " that libopus rejects: "
            + rc
            + " ("
            + opus.opus_strerror(rc)
            + ")");
  }

  private PointerByReference openState() {
    if (state == null) {
      throw new IllegalStateException("expected an open decoder, found one already closed");
    }
    return state;
  }
}
