package io.earshot.simulator.audio;

import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.CorruptPayloadException;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * Decodes the payload the jitter buffer will probably play next ({@link AudioDecoder#upcoming}) on
 * a worker while the simulation goes on: libopus decoding is most of a crowd's CPU (about 60 µs a
 * frame for every listener) and a simulation is otherwise one thread. When the next call is {@code
 * decode} of exactly that payload, the worker's samples are the answer; any other call (another
 * payload, concealment, FEC) first puts the delegate back to the state it saved before the guess.
 * libopus is deterministic, so every frame equals what decoding in order on one thread gives, and
 * runs replay byte for byte. The delegate is used by one thread at a time: the guess's from its
 * start to its join, the caller's otherwise; at most one guess is out.
 */
final class LookaheadDecoder implements AudioDecoder {
  private final AudioDecoder delegate;
  private final Executor worker;
  private AheadJob<Outcome> guess;
  private byte[] guessed;
  private boolean restorable = true;

  /** A guess's end: {@code saved} false when the delegate cannot save its state. */
  private record Outcome(boolean saved, short[] pcm) {}

  LookaheadDecoder(AudioDecoder delegate, Executor worker) {
    this.delegate = delegate;
    this.worker = worker;
  }

  @Override
  public void upcoming(byte[] payload) {
    if (guess != null || !restorable || payload == null) {
      return;
    }
    guessed = payload;
    guess = AheadJob.start(this::decodeAhead, worker);
  }

  @Override
  public short[] decode(byte[] payload) throws CorruptPayloadException {
    short[] kept = guess == null ? null : keepOrUndo(payload);
    return kept != null ? kept : delegate.decode(payload);
  }

  @Override
  public short[] conceal() {
    if (guess != null) {
      keepOrUndo(null);
    }
    return delegate.conceal();
  }

  @Override
  public short[] decodeFromNext(byte[] nextPayload) {
    if (guess != null) {
      keepOrUndo(null);
    }
    return delegate.decodeFromNext(nextPayload);
  }

  @Override
  public void close() {
    if (guess != null) {
      guess.join();
      guess = null;
    }
    delegate.close();
  }

  /** The guess's samples when it decoded {@code asked}; otherwise undoes it and returns null. */
  private short[] keepOrUndo(byte[] asked) {
    Outcome done = guess.join();
    guess = null;
    if (!done.saved) {
      restorable = false;
      return null;
    }
    if (done.pcm != null && asked != null && Arrays.equals(guessed, asked)) {
      return done.pcm;
    }
    delegate.restoreState();
    return null;
  }

  private Outcome decodeAhead() {
    try {
      if (!delegate.saveState()) {
        return new Outcome(false, null);
      }
    } catch (RuntimeException e) {
      return new Outcome(false, null); // the caller decodes itself and meets the error there
    }
    try {
      return new Outcome(true, delegate.decode(guessed));
    } catch (CorruptPayloadException | RuntimeException e) {
      return new Outcome(true, null); // undone; the caller decodes again and meets the error there
    }
  }
}
