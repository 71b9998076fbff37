package io.earshot.engine.random;

import java.security.SecureRandom;

/**
 * Randomness for real time, where values must not be guessable (WebSocket keys and masks, nonces,
 * media tokens): a {@link SecureRandom}. The only unseeded source of the engine and the server;
 * simulated time uses {@link RandomBytes#from(SeededRandom)} instead.
 */
public final class RealTimeRandomBytes implements RandomBytes {
  private final SecureRandom random = new SecureRandom();

  @Override
  public void nextBytes(byte[] out) {
    random.nextBytes(out);
  }
}
