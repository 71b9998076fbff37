package io.earshot.netem.acceptance;

import static io.earshot.netem.acceptance.LinkRun.MS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DatagramStats;
import io.earshot.netem.DeterministicTestScheduler;
import io.earshot.netem.Direction;
import io.earshot.netem.UserLink;
import io.earshot.netem.profile.CorruptModel;
import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.DuplicateModel;
import io.earshot.netem.profile.ReorderModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Spec 3.7 and 3.9 with the section 4 bounds: reordering, duplication, corruption. */
class ReorderDuplicateCorruptAcceptanceTest {

  private static final int N = 100_000;

  @Test
  void netemReorderMatchesTheSpecExample() {
    // d = 50 ms, q = 25%, g = 5, Delta = 20 ms: f = 12.5%, k = 2, about 25% reordered.
    ReorderModel.Netem model = ReorderModel.netem(0.25, 0, 5);
    DirectionProfile profile =
        DirectionProfile.builder().delay(Duration.ofMillis(50)).reorder(model).build();
    LinkRun run = LinkRun.of(profile, 31).send(N, 20 * MS, 40);
    long early =
        run.decisions().stream().filter(d -> d.deliverAtNanos() == d.sentAtNanos()).count();
    double f = 0.25 / (1 + 0.25 * 4);
    assertEquals(0.125, f, 1e-12);
    // Early sends form a renewal process, more regular than Bernoulli: IF = 1 is conservative.
    assertEquals(f, (double) early / N, Tolerance.proportion(f, 1, N));
    DatagramStats stats = run.stats();
    assertEquals(2 * early, stats.reordered(), 2, "each early packet overtakes k = 2");
    assertEquals(0.25, (double) stats.reordered() / N, 2 * Tolerance.proportion(f, 1, N));
  }

  @Test
  void netemReorderNeedsADelay() {
    IllegalArgumentException e =
        Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> DirectionProfile.builder().reorder(ReorderModel.netem(0.1, 0, 1)).build());
    assertTrue(e.getMessage().contains("needs a delay > 0 ms"), e.getMessage());
  }

  @Test
  void latePacketsArriveAfterExactlyTheNextM() {
    double q = 0.03;
    DirectionProfile profile =
        DirectionProfile.builder()
            .delay(Duration.ofMillis(40))
            .reorder(ReorderModel.late(q, 2))
            .build();
    LinkRun run = LinkRun.of(profile, 32).send(N, 20 * MS, 40);
    long late =
        run.decisions().stream()
            .filter(d -> d.deliverAtNanos() - d.sentAtNanos() > 40 * MS)
            .count();
    assertEquals(q, (double) late / N, Tolerance.proportion(q, 1, N));
    assertEquals(
        late,
        run.stats().reordered(),
        2,
        "RFC 4737 reordered fraction is q (a late packet among the last two has nothing to"
            + " overtake it)");
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < run.arrivals.size(); i++) {
      position.put(run.arrivals.get(i).index(), i);
    }
    int checked = 0;
    for (long i = 2; i < N - 3; i++) {
      boolean isolated =
          position.get(i) - position.get(i - 1) > 1
              && position.get(i - 1) - position.get(i - 2) == 1
              && position.get(i + 2) - position.get(i + 1) == 1;
      if (position.get(i) != i && isolated) {
        assertEquals(i + 2, (long) position.get(i), "late packet " + i + " extent 2");
        checked++;
      }
    }
    assertTrue(checked > 0.8 * late, "checked " + checked + " of " + late);
  }

  @Test
  void duplicatesAreSeparateEqualCopiesAtTheSameTime() {
    double p = 0.05;
    LinkRun run =
        LinkRun.of(
                DirectionProfile.builder()
                    .delay(Duration.ofMillis(30))
                    .duplicate(DuplicateModel.of(p))
                    .build(),
                33)
            .send(N, 20 * MS, 60);
    DatagramStats stats = run.stats();
    assertEquals(p, (double) stats.duplicated() / N, Tolerance.proportion(p, 1, N));
    assertEquals(N, stats.delivered());
    assertEquals(N + stats.duplicated(), run.arrivals.size());
    assertEquals(0, stats.reordered(), "a copy is not a reordering");
    int copies = 0;
    for (int i = 1; i < run.arrivals.size(); i++) {
      LinkRun.Arrival a = run.arrivals.get(i);
      LinkRun.Arrival prev = run.arrivals.get(i - 1);
      if (a.index() == prev.index()) {
        copies++;
        assertEquals(prev.atNanos(), a.atNanos(), "same delay");
        assertArrayEquals(prev.payload(), a.payload());
        assertNotSame(prev.payload(), a.payload(), "each receiver owns its array");
      }
    }
    assertEquals(stats.duplicated(), copies);
  }

  @Test
  void delayedCopiesArriveWithinTheirExtraDelay() {
    LinkRun run =
        LinkRun.of(
                DirectionProfile.builder()
                    .delay(Duration.ofMillis(30))
                    .duplicate(
                        DuplicateModel.of(0.2)
                            .withExtraDelay(Duration.ofMillis(5), Duration.ofMillis(50)))
                    .build(),
                34)
            .send(5_000, 20 * MS, 60);
    Map<Long, Long> first = new HashMap<>();
    int copies = 0;
    for (LinkRun.Arrival a : run.arrivals) {
      Long original = first.putIfAbsent(a.index(), a.atNanos());
      if (original != null) {
        copies++;
        long extra = a.atNanos() - original;
        assertTrue(extra >= 5 * MS && extra < 50 * MS, "extra " + extra);
      }
    }
    assertEquals(run.stats().duplicated(), copies);
    assertEquals(0, run.stats().reordered(), "late copies do not count as reordering");
  }

  @Test
  void corruptionFlipsExactlyTheConfiguredBitsOnACopy() {
    double p = 0.02;
    LinkRun run =
        LinkRun.of(DirectionProfile.builder().corrupt(CorruptModel.bitFlips(p, 1)).build(), 35)
            .keepSentPayloads()
            .send(N, 20 * MS, 100);
    int damaged = 0;
    for (int i = 0; i < N; i++) {
      byte[] sent = run.sent.get(i);
      byte[] got = run.arrivals.get(i).payload();
      int bits = 0;
      for (int b = 0; b < sent.length; b++) {
        bits += Integer.bitCount((sent[b] ^ got[b]) & 0xFF);
      }
      assertTrue(bits <= 1);
      damaged += bits;
    }
    assertEquals(damaged, run.stats().corrupted());
    assertEquals(p, (double) damaged / N, Tolerance.proportion(p, 1, N));
  }

  @Test
  void truncatedPayloadsAreShorterAndSendersArraysUntouched() {
    DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
    UserLink link = new UserLink("t", 37, scheduler);
    link.apply(
        Direction.UPLINK, DirectionProfile.builder().corrupt(CorruptModel.truncate(0.5)).build());
    List<byte[]> got = new ArrayList<>();
    var path = link.openDatagramPath(got::add, d -> {});
    List<byte[]> sent = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      byte[] payload = new byte[100];
      Arrays.fill(payload, (byte) i);
      sent.add(payload);
      path.uplink().send(payload);
    }
    scheduler.runUntilIdle();
    int shorter = 0;
    for (int i = 0; i < sent.size(); i++) {
      byte[] expected = new byte[100];
      Arrays.fill(expected, (byte) i);
      assertArrayEquals(expected, sent.get(i), "the sender's array is never modified");
      if (got.get(i).length < 100) {
        shorter++;
        assertNotSame(sent.get(i), got.get(i));
      } else {
        assertArrayEquals(expected, got.get(i));
      }
    }
    assertEquals(shorter, link.stats().datagramUplink().corrupted());
    assertEquals(0.5, shorter / 2000.0, Tolerance.proportion(0.5, 1, 2000));
  }
}
