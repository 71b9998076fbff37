package io.earshot.engine.random;

/**
 * Where token generation draws its randomness: the AES IV or GCM nonce, and the plaintext {@code
 * nonce}. The caller decides the source, so this package never makes a generator of its own (house
 * rule 4): the harness passes {@link #from(SeededRandom)} to reproduce a run; a command-line tool
 * that signs tokens for real use passes {@code SecureRandom::nextBytes}.
 *
 * <p>A seeded source repeats its GCM nonces whenever the same seed signs with the same secret, and
 * a repeated GCM nonce lets an attacker forge tokens for that secret. That is acceptable for the
 * throwaway secrets of a simulated run and for nothing else.
 */
@FunctionalInterface
public interface RandomBytes {
  /** Fills {@code out} completely. */
  void nextBytes(byte[] out);

  /**
   * A uniformly distributed int; by default the big-endian value of four {@link #nextBytes} bytes.
   */
  default int nextInt() {
    byte[] b = new byte[4];
    nextBytes(b);
    return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
  }

  /** Draws from a seeded generator, eight bytes per {@link SeededRandom#nextLong()}, big-endian. */
  static RandomBytes from(SeededRandom random) {
    return new RandomBytes() {
      @Override
      public void nextBytes(byte[] out) {
        for (int i = 0; i < out.length; i += 8) {
          long word = random.nextLong();
          for (int j = 0; j < 8 && i + j < out.length; j++) {
            out[i + j] = (byte) (word >>> (56 - 8 * j));
          }
        }
      }

      @Override
      public int nextInt() {
        return (int) random.nextUnsignedInt();
      }
    };
  }
}
