package io.earshot.simulator.audio;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.CorruptPayloadException;
import io.earshot.engine.codec.ForwardingAudioDecoder;
import io.earshot.engine.codec.ForwardingAudioEncoder;
import java.util.Objects;

/**
 * A codec that stops paying for long silences. libopus spends about 200 µs on each 20 ms frame,
 * silent or not, so a publisher whose source is silent through a 20-minute reconnection window
 * would cost 12 s of CPU. After {@value #STEADY_FRAMES} frames (10 s) in a row of digital silence
 * in, an encoder repeats the last packet libopus made of that silence instead of asking again;
 * after as many concealments in a row that came out digitally silent, a decoder conceals with
 * silence without asking libopus. The first frame that is not silent, and every received payload,
 * go to libopus again. What a listener hears is unchanged: silence.
 */
public final class SteadySilenceCodecs implements AudioCodecFactory {
  /** Silent frames in a row after which the codec stops calling the delegate. */
  public static final int STEADY_FRAMES = 500;

  private final AudioCodecFactory delegate;

  public SteadySilenceCodecs(AudioCodecFactory delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public AudioEncoder newEncoder() {
    return new ForwardingAudioEncoder(delegate.newEncoder()) {
      private int silentInARow;
      private byte[] lastPacket;

      @Override
      public byte[] encode(short[] pcm960) {
        if (pcm960 == null || pcm960.length != FRAME_SAMPLES) {
          return delegate.encode(pcm960); // the delegate says what is wrong
        }
        boolean silent = isSilent(pcm960);
        silentInARow = silent ? silentInARow + 1 : 0;
        if (silentInARow > STEADY_FRAMES && lastPacket != null) {
          return lastPacket.clone();
        }
        byte[] packet = delegate.encode(pcm960);
        lastPacket = silent ? packet.clone() : null;
        return packet;
      }

      private int savedSilentInARow;
      private byte[] savedLastPacket;

      @Override
      public boolean saveState() {
        if (!delegate.saveState()) {
          return false;
        }
        savedSilentInARow = silentInARow;
        savedLastPacket = lastPacket;
        return true;
      }

      @Override
      public void restoreState() {
        delegate.restoreState();
        silentInARow = savedSilentInARow;
        lastPacket = savedLastPacket;
      }
    };
  }

  @Override
  public AudioDecoder newDecoder() {
    return new ForwardingAudioDecoder(delegate.newDecoder()) {
      private int silentConcealments;
      private int savedSilentConcealments;

      @Override
      public boolean saveState() {
        if (!delegate.saveState()) {
          return false;
        }
        savedSilentConcealments = silentConcealments;
        return true;
      }

      @Override
      public void restoreState() {
        delegate.restoreState();
        silentConcealments = savedSilentConcealments;
      }

      @Override
      public short[] decode(byte[] payload) throws CorruptPayloadException {
        if (payload == null) {
          return conceal();
        }
        silentConcealments = 0;
        return delegate.decode(payload);
      }

      @Override
      public short[] conceal() {
        if (silentConcealments >= STEADY_FRAMES) {
          return new short[FRAME_SAMPLES];
        }
        short[] out = delegate.conceal();
        silentConcealments = isSilent(out) ? silentConcealments + 1 : 0;
        return out;
      }

      @Override
      public short[] decodeFromNext(byte[] nextPayload) {
        silentConcealments = 0;
        return delegate.decodeFromNext(nextPayload);
      }
    };
  }

  private static boolean isSilent(short[] pcm) {
    if (pcm == null) {
      return false;
    }
    for (short s : pcm) {
      if (s != 0) {
        return false;
      }
    }
    return true;
  }
}
