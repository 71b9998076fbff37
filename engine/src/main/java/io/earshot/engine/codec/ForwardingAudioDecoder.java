package io.earshot.engine.codec;

import java.util.Objects;

/**
 * A decoder that passes every call to another: wrappers extend it and override only what they
 * change, so a call they do not mean to touch, such as {@link #decodeFromNext}, is never silently
 * answered by an interface default. Saving state is the exception, as for {@link
 * ForwardingAudioEncoder}: a wrapper cannot save unless it says it keeps no state of its own (the
 * two-argument constructor) or overrides {@link #saveState} and {@link #restoreState}.
 */
public abstract class ForwardingAudioDecoder implements AudioDecoder {
  protected final AudioDecoder delegate;
  private final boolean keepsNoState;

  protected ForwardingAudioDecoder(AudioDecoder delegate) {
    this(delegate, false);
  }

  /**
   * @param keepsNoState true for a wrapper with no state of its own (a timer): saving and restoring
   *     the delegate's state then saves and restores the whole wrapper, so both are forwarded
   */
  protected ForwardingAudioDecoder(AudioDecoder delegate, boolean keepsNoState) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.keepsNoState = keepsNoState;
  }

  @Override
  public short[] decode(byte[] payload) throws CorruptPayloadException {
    return delegate.decode(payload);
  }

  @Override
  public short[] conceal() {
    return delegate.conceal();
  }

  @Override
  public short[] decodeFromNext(byte[] nextPayload) {
    return delegate.decodeFromNext(nextPayload);
  }

  @Override
  public void upcoming(byte[] payload) {
    delegate.upcoming(payload);
  }

  @Override
  public boolean takesHints() {
    return delegate.takesHints();
  }

  @Override
  public boolean saveState() {
    return keepsNoState && delegate.saveState();
  }

  @Override
  public void restoreState() {
    if (!keepsNoState) {
      AudioDecoder.super.restoreState(); // throws: this wrapper saved nothing
    }
    delegate.restoreState();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
