package io.earshot.engine.token;

import io.earshot.engine.random.RandomBytes;

/**
 * A {@link RandomBytes} for known-answer tests: one fixed nonce, and bytes counting up from a start
 * value.
 */
final class FixedRandomBytes implements RandomBytes {
  private final int nonce;
  private int next;

  FixedRandomBytes(int nonce, int firstByte) {
    this.nonce = nonce;
    this.next = firstByte;
  }

  @Override
  public void nextBytes(byte[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) next++;
    }
  }

  @Override
  public int nextInt() {
    return nonce;
  }
}
