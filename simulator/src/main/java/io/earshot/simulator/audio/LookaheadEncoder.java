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
  private final Executor worker;
  private final short[] ahead = new short[FRAME_SAMPLES];
  private AheadJob<Outcome> guess;
  private boolean restorable = true;
  private Integer lastSetting;

  /** A guess's end: {@code saved} false when the delegate cannot save its state. */
  private record Outcome(boolean saved, byte[] payload) {}

  LookaheadEncoder(AudioEncoder delegate, LookaheadCodecs.Upcoming next, Executor worker) {
    this.delegate = delegate;
    this.next = next;
    this.worker = worker;
  }

  @Override
  public byte[] encode(short[] pcm960) {
    byte[] payload = guess == null ? null : keepOrUndo(pcm960);
    if (payload == null) {
      payload = delegate.encode(pcm960);
    }
    if (restorable && next.peekFrame(ahead)) {
      start();
    }
    return payload;
  }

  @Override
  public void protectAgainstLoss(boolean fec, int expectedLossPercent) {
    int setting = fec ? expectedLossPercent : -1 - expectedLossPercent;
    boolean unchanged = lastSetting != null && lastSetting == setting;
    lastSetting = setting;
    if (guess == null) {
      delegate.protectAgainstLoss(fec, expectedLossPercent);
    } else if (!unchanged) {
      // Settings apply from the next frame on: undo the guess, set, guess again with the setting.
      keepOrUndo(null);
      delegate.protectAgainstLoss(fec, expectedLossPercent);
      if (restorable) {
        start();
      }
    }
    // Unchanged (the engine repeats it with every report): libopus's settings are plain values,
    // so setting the same again changes nothing and the guess stands.
  }

  @Override
  public void close() {
    if (guess != null) {
      guess.join();
      guess = null;
    }
    delegate.close();
  }

  /** The guess's payload when it encoded {@code asked}; otherwise undoes it and returns null. */
  private byte[] keepOrUndo(short[] asked) {
    Outcome done = guess.join();
    guess = null;
    if (!done.saved) {
      restorable = false;
      return null;
    }
    if (done.payload != null && Arrays.equals(ahead, asked)) {
      return done.payload;
    }
    delegate.restoreState();
    return null;
  }

  private void start() {
    guess = AheadJob.start(this::encodeAhead, worker);
  }

  private Outcome encodeAhead() {
    try {
      if (!delegate.saveState()) {
        return new Outcome(false, null);
      }
    } catch (RuntimeException e) {
      return new Outcome(false, null); // the caller encodes itself and meets the error there
    }
    try {
      return new Outcome(true, delegate.encode(ahead));
    } catch (RuntimeException e) {
      return new Outcome(true, null); // undone; the caller encodes again and meets the error there
    }
  }
}
