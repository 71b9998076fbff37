package io.earshot.simulator.audio;

import io.earshot.engine.codec.AudioEncoder;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * Encodes a guess of the next frame on a worker while the caller goes on. After each frame it
 * encodes, it peeks at what the source will give next and has the worker save the delegate's state
 * and encode that. When the next call asks for exactly the guessed samples, with no setting changed
 * in between, the worker's payload is the answer; otherwise the delegate goes back to the state it
 * saved and encodes what was asked. libopus is deterministic, so every payload equals what encoding
 * in order on one thread gives, and runs replay byte for byte. The delegate is used by one thread
 * at a time: the worker from a guess's start to its join, the caller otherwise; at most one guess
 * is out, and its samples are not touched until it is joined.
 */
final class LookaheadEncoder implements AudioEncoder {
  private final AudioEncoder delegate;
  private final LookaheadCodecs.Upcoming next;
  private final Guesses<byte[]> guesses;
  private final short[] ahead = new short[FRAME_SAMPLES];
  private Integer lastSetting;

  LookaheadEncoder(AudioEncoder delegate, LookaheadCodecs.Upcoming next, Executor worker) {
    this.delegate = delegate;
    this.next = next;
    this.guesses = new Guesses<>(delegate::saveState, delegate::restoreState, worker);
  }

  @Override
  public byte[] encode(short[] pcm960) {
    byte[] payload = guesses.out() ? guesses.keepOrUndo(() -> Arrays.equals(ahead, pcm960)) : null;
    if (payload == null) {
      payload = delegate.encode(pcm960);
    }
    if (guesses.canStart() && next.peekFrame(ahead)) {
      start();
    }
    return payload;
  }

  @Override
  public void protectAgainstLoss(boolean fec, int expectedLossPercent) {
    int setting = fec ? expectedLossPercent : -1 - expectedLossPercent;
    boolean unchanged = lastSetting != null && lastSetting == setting;
    lastSetting = setting;
    if (!guesses.out()) {
      delegate.protectAgainstLoss(fec, expectedLossPercent);
    } else if (!unchanged) {
      // Settings apply from the next frame on: undo the guess, set, guess again with the setting.
      guesses.keepOrUndo(() -> false);
      delegate.protectAgainstLoss(fec, expectedLossPercent);
      if (guesses.canStart()) {
        start();
      }
    }
    // Unchanged (the engine repeats it with every report): libopus's settings are plain values,
    // so setting the same again changes nothing and the guess stands.
  }

  @Override
  public void close() {
    guesses.finish();
    delegate.close();
  }

  private void start() {
    guesses.start(() -> delegate.encode(ahead));
  }
}
