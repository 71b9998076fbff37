package io.earshot.engine.codec;

import java.util.Objects;

/**
 * An encoder that passes every call to another: wrappers (a benchmark's timer, a harness's
 * shortcut) extend it and override only what they change, so a call they do not mean to touch, such
 * as {@link #protectAgainstLoss}, is never silently dropped by an interface default. Saving state
 * is the exception: a wrapper cannot save unless it says it keeps no state of its own (the
 * two-argument constructor) or overrides {@link #saveState} and {@link #restoreState} to save its
 * own state too.
 */
public abstract class ForwardingAudioEncoder implements AudioEncoder {
  protected final AudioEncoder delegate;
  private final boolean keepsNoState;

  protected ForwardingAudioEncoder(AudioEncoder delegate) {
    this(delegate, false);
  }

  /**
   * @param keepsNoState true for a wrapper with no state of its own (a timer, a counter): saving
   *     and restoring the delegate's state then saves and restores the whole wrapper, so both are
   *     forwarded
   */
  protected ForwardingAudioEncoder(AudioEncoder delegate, boolean keepsNoState) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.keepsNoState = keepsNoState;
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
  public boolean saveState() {
    return keepsNoState && delegate.saveState();
  }

  @Override
  public void restoreState() {
    if (!keepsNoState) {
      AudioEncoder.super.restoreState(); // throws: this wrapper saved nothing
    }
    delegate.restoreState();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
