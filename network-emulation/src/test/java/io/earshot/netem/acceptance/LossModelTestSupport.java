package io.earshot.netem.acceptance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a configuration is rejected with a message naming what was expected. */
final class LossModelTestSupport {

  private LossModelTestSupport() {}

  static void assertRejected(Executable build, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
