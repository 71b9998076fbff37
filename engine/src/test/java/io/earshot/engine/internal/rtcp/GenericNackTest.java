package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenericNackTest {

  @Test
  void packsUpToSixteenFollowersIntoOneItem() {
    assertEquals(List.of(new NackItem(100, 0b101)), GenericNack.itemsFor(List.of(100, 101, 103)));
    assertEquals(List.of(new NackItem(10, 0x8000)), GenericNack.itemsFor(List.of(10, 26)));
  }

  @Test
  void startsANewItemSeventeenAhead() {
    assertEquals(
        List.of(new NackItem(10, 0), new NackItem(27, 1)),
        GenericNack.itemsFor(List.of(10, 27, 28)));
  }

  @Test
  void packsAcrossTheSequenceWrap() {
    List<NackItem> items = GenericNack.itemsFor(List.of(65534, 65535, 0, 3));
    assertEquals(List.of(new NackItem(65534, 0b10011)), items);
    assertEquals(List.of(65534, 65535, 0, 3), items.get(0).lostSequenceNumbers());
  }

  @Test
  void dropsRepeatsAndRestartsOnOlderNumbers() {
    assertEquals(List.of(new NackItem(5, 1)), GenericNack.itemsFor(List.of(5, 5, 6, 6)));
    assertEquals(
        List.of(new NackItem(5, 0), new NackItem(3, 0)), GenericNack.itemsFor(List.of(5, 3)));
  }

  @Test
  void expandsItemsBackToTheMissingNumbers() {
    GenericNack nack = new GenericNack(1, 2, List.of(new NackItem(7, 0xFFFF), new NackItem(40, 0)));
    List<Integer> expected = new ArrayList<>();
    for (int s = 7; s <= 23; s++) {
      expected.add(s);
    }
    expected.add(40);
    assertEquals(expected, nack.missingSequenceNumbers());
  }

  @Test
  void sortedMissingListsRoundTrip() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 200; trial++) {
      List<Integer> missing = new ArrayList<>();
      int seq = random.nextInt(0, 65536);
      for (int n = random.nextInt(1, 60); n > 0; n--) {
        seq = (seq + random.nextInt(1, 30)) & 0xFFFF;
        missing.add(seq);
      }
      assertEquals(missing, GenericNack.of(1, 2, missing).missingSequenceNumbers());
    }
  }

  @Test
  void rejectsEmptyAndOutOfRangeInput() {
    assertThrows(IllegalArgumentException.class, () -> GenericNack.of(1, 2, List.of()));
    assertThrows(IllegalArgumentException.class, () -> GenericNack.itemsFor(List.of(65536)));
    assertThrows(IllegalArgumentException.class, () -> new NackItem(-1, 0));
  }
}
