package io.earshot.netem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.RateLimit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rate limit throttles the signaling stream: chunks leave one after the other, none is lost (spec
 * 3.11).
 */
class StreamRateLimitTest {
  private static final long MS = 1_000_000L;

  @Test
  void chunksAreSerialisedAtTheConfiguredRateAndAllArriveInOrder() {
    DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
    UserLink link = new UserLink("alice", 1, scheduler);
    // 960 payload bytes + 40 header bytes = 8000 bits: 100 ms each at 80 kbit/s.
    link.apply(Direction.UPLINK, DirectionProfile.builder().rate(RateLimit.of(80_000)).build());
    List<Long> arrivals = new ArrayList<>();
    List<Integer> firstBytes = new ArrayList<>();
    StreamPath path =
        link.openStreamPath(
            new StreamSink() {
              @Override
              public void onData(byte[] chunk) {
                arrivals.add(scheduler.nowNanos());
                firstBytes.add((int) chunk[0]);
              }

              @Override
              public void onEnd() {}
            },
            sink(),
            () -> {});
    for (int i = 0; i < 3; i++) {
      byte[] chunk = new byte[960];
      chunk[0] = (byte) i;
      path.uplink().write(chunk);
    }
    scheduler.runUntilIdle();
    assertEquals(List.of(100 * MS, 200 * MS, 300 * MS), arrivals);
    assertEquals(List.of(0, 1, 2), firstBytes);
    assertEquals(3 * 960, link.stats().stream(Direction.UPLINK).bytesDelivered());
  }

  @Test
  void withoutARateChunksPassAtOnce() {
    DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
    UserLink link = new UserLink("bob", 1, scheduler);
    List<Long> arrivals = new ArrayList<>();
    StreamPath path =
        link.openStreamPath(
            sink(),
            new StreamSink() {
              @Override
              public void onData(byte[] chunk) {
                arrivals.add(scheduler.nowNanos());
              }

              @Override
              public void onEnd() {}
            },
            () -> {});
    path.downlink().write(new byte[960]);
    path.downlink().write(new byte[960]);
    scheduler.runUntilIdle();
    assertEquals(List.of(0L, 0L), arrivals);
  }

  private static StreamSink sink() {
    return new StreamSink() {
      @Override
      public void onData(byte[] chunk) {}

      @Override
      public void onEnd() {}
    };
  }
}
