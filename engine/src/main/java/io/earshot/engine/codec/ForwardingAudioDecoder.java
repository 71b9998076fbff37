package io.earshot.engine.codec;

import java.util.Objects;

/**
 * A decoder that passes every call to another: wrappers extend it and override only what they
 * change, so a call they do not mean to touch, such as {@link #decodeFromNext}, is never silently
 * answered by an interface default.
 */
public abstract class ForwardingAudioDecoder implements AudioDecoder {
  protected final AudioDecoder delegate;

  protected ForwardingAudioDecoder(AudioDecoder delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
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
  public void close() {
    delegate.close();
  }
}
