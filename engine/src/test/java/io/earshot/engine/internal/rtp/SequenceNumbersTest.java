package io.earshot.engine.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequenceNumbersTest {
  @Test
  void distanceIsShortestSignedAcrossTheWrap() {
    assertEquals(1, SequenceNumbers.distance(65535, 0));
    assertEquals(-1, SequenceNumbers.distance(0, 65535));
    assertEquals(10, SequenceNumbers.distance(100, 110));
    assertEquals(32767, SequenceNumbers.distance(0, 32767));
    assertEquals(-32768, SequenceNumbers.distance(0, 32768));
  }

  @Test
  void newerAndCompareFollowSerialArithmetic() {
    assertTrue(SequenceNumbers.isNewer(0, 65535));
    assertFalse(SequenceNumbers.isNewer(65535, 0));
    assertFalse(SequenceNumbers.isNewer(5, 5));
    assertEquals(-1, SequenceNumbers.compare(65000, 10));
    assertEquals(1, SequenceNumbers.compare(10, 65000));
    assertEquals(0, SequenceNumbers.compare(7, 7));
  }

  @Test
  void nextWraps() {
    assertEquals(0, SequenceNumbers.next(65535));
    assertEquals(1, SequenceNumbers.next(0));
  }

  @Test
  void extendFollowsWrapsBothWays() {
    assertEquals(65536, SequenceNumbers.extend(0, 65535));
    assertEquals(65535, SequenceNumbers.extend(65535, 65536)); // reordered from before the wrap
    assertEquals(4 * 65536L + 5, SequenceNumbers.extend(5, 3 * 65536L + 65530));
    assertEquals(-1, SequenceNumbers.extend(65535, 0));
    assertEquals(1000, SequenceNumbers.extend(1000, 990));
  }

  @Test
  void rejectsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> SequenceNumbers.next(65536));
    assertThrows(IllegalArgumentException.class, () -> SequenceNumbers.distance(-1, 0));
  }
}
