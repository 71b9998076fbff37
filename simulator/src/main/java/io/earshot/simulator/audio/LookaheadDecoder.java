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
 * start to its end, the caller's otherwise.
 */
final class LookaheadDecoder implements AudioDecoder {
  private final AudioDecoder delegate;
  private final Guesses<short[]> guesses;
  private byte[] guessed;

  LookaheadDecoder(AudioDecoder delegate, Executor worker) {
    this.delegate = delegate;
    this.guesses = new Guesses<>(delegate::saveState, delegate::restoreState, worker);
  }

  @Override
  public boolean takesHints() {
    return true;
  }

  @Override
  public void upcoming(byte[] payload) {
    if (payload != null && guesses.canStart()) {
      byte[] p = guessed = payload;
      guesses.start(() -> delegate.decode(p));
    }
  }

  @Override
  public short[] decode(byte[] payload) throws CorruptPayloadException {
    short[] kept = undoUnless(payload);
    return kept != null ? kept : delegate.decode(payload);
  }

  @Override
  public short[] conceal() {
    undoUnless(null);
    return delegate.conceal();
  }

  @Override
  public short[] decodeFromNext(byte[] nextPayload) {
    undoUnless(null);
    return delegate.decodeFromNext(nextPayload);
  }

  @Override
  public void close() {
    guesses.finish();
    delegate.close();
  }

  /** The guess's samples when it decoded {@code asked}; otherwise undoes any guess, null. */
  private short[] undoUnless(byte[] asked) {
    return guesses.out()
        ? guesses.keepOrUndo(() -> asked != null && Arrays.equals(guessed, asked))
        : null;
  }
}
