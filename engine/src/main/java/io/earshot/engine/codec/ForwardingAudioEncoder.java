package io.earshot.engine.codec;

import java.util.Objects;

/**
 * An encoder that passes every call to another: wrappers (a benchmark's timer, a harness's
 * shortcut) extend it and override only what they change, so a call they do not mean to touch, such
 * as {@link #protectAgainstLoss}, is never silently dropped by an interface default. Saving state
 * is the exception: a wrapper keeps the interface's "cannot save" unless it overrides {@link
 * #saveState} and {@link #restoreState}, saving whatever state of its own it keeps.
 */
public abstract class ForwardingAudioEncoder implements AudioEncoder {
  protected final AudioEncoder delegate;

  protected ForwardingAudioEncoder(AudioEncoder delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public byte[] encode(short[] pcm960) {
    return delegate.encode(pcm960);
  }

  @Override
  public void protectAgainstLoss(boolean fec, int expectedLossPercent) {
    delegate.protectAgainstLoss(fec, expectedLossPercent);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
