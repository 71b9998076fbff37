package io.earshot.netem.internal.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.DeterministicTestScheduler;
import io.earshot.netem.Direction;
import io.earshot.netem.StreamSink;
import io.earshot.netem.StreamStats;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import io.earshot.netem.internal.stage.FifoOrderStage;
import io.earshot.netem.internal.stage.JitterDelayStage;
import io.earshot.netem.internal.stage.LossAsStallStage;
import io.earshot.netem.internal.stage.OutageGate;
import io.earshot.netem.internal.stage.RandomLossConfig;
import io.earshot.netem.profile.DelayModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StagedStreamLinkTest {

  private static final long MS = 1_000_000L;

  private final DeterministicTestScheduler scheduler = new DeterministicTestScheduler();
  private final AtomicReference<RandomLossConfig> loss =
      new AtomicReference<>(RandomLossConfig.NONE);
  private final AtomicReference<DelayModel> delay = new AtomicReference<>(DelayModel.NONE);
  private final OutageGate gate = new OutageGate();
  private final StreamCounters counters = new StreamCounters();
  private final RecordingSink sink = new RecordingSink();
  private final StagedStreamLink link =
      new StagedStreamLink(
          Direction.UPLINK,
          scheduler,
          gate,
          List.of(
              new LossAsStallStage(
                  loss::get, new Xoshiro256StarStar(21), LossAsStallStage.DEFAULT_RTO),
              new JitterDelayStage(delay::get, new Xoshiro256StarStar(22)),
              new FifoOrderStage()),
          counters,
          sink);

  {
    gate.onComeBack(link::onGateUp);
  }

  @Test
  void deliversChunksAfterTheDelayInOrder() {
    delay.set(DelayModel.fixed(Duration.ofMillis(25)));
    link.write(bytes("hello "));
    scheduler.runUntil(5 * MS);
    link.write(bytes("world"));
    scheduler.runUntil(25 * MS);
    assertEquals("hello ", sink.text());
    scheduler.runUntil(30 * MS);
    assertEquals("hello world", sink.text());
    assertEquals(List.of(25 * MS, 30 * MS), sink.times);
  }

  @Test
  void anOutageHoldsChunksAndReleasesThemInOrder() {
    delay.set(DelayModel.fixed(Duration.ofMillis(10)));
    gate.goDown();
    link.write(bytes("a"));
    scheduler.runUntil(100 * MS);
    link.write(bytes("b"));
    scheduler.runUntil(1_000 * MS);
    assertEquals("", sink.text(), "nothing crosses a link that is down");
    assertEquals(2, link.pendingBytes());

    gate.comeBack();
    link.write(bytes("c"));
    scheduler.runUntil(1_000 * MS + 10 * MS);
    assertEquals("abc", sink.text(), "held data first, then what came after");
    assertEquals(0, link.pendingBytes());
    StreamStats stats = counters.snapshot();
    assertEquals(1_000 * MS, stats.outageStallNanos());
    assertEquals(3, stats.chunksDelivered());
  }

  @Test
  void lossDelaysChunksButDeliversEveryByteInOrder() {
    loss.set(new RandomLossConfig(0.2));
    delay.set(DelayModel.fixed(Duration.ofMillis(20)));
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    for (int i = 0; i < 500; i++) {
      byte[] chunk = bytes("chunk-" + i + ";");
      sent.writeBytes(chunk);
      link.write(chunk);
      scheduler.advance(5 * MS);
    }
    scheduler.runUntilIdle();

    assertArrayEquals(sent.toByteArray(), sink.data.toByteArray());
    StreamStats stats = counters.snapshot();
    assertEquals(500, stats.chunksDelivered());
    // 500 single-segment chunks at 20%: 100 expected stalls, sd ~8.9; z = 4.
    assertEquals(100, stats.lossStalls(), 4 * Math.sqrt(500 * 0.2 * 0.8) + 1);
    long maxDelay = 0;
    for (int i = 0; i < sink.times.size(); i++) {
      long chunkDelay = sink.times.get(i) - i * 5 * MS;
      assertTrue(chunkDelay >= 20 * MS, "never earlier than the configured delay");
      maxDelay = Math.max(maxDelay, chunkDelay);
    }
    assertTrue(maxDelay >= 220 * MS, "a lost segment holds its chunk for one RTO");
  }

  @Test
  void theEndTravelsBehindTheLastChunk() {
    delay.set(DelayModel.fixed(Duration.ofMillis(40)));
    link.write(bytes("bye"));
    link.end();
    scheduler.runUntil(39 * MS);
    assertEquals(0, sink.ends);
    scheduler.runUntil(40 * MS);
    assertEquals("bye", sink.text());
    assertEquals(1, sink.ends);
    assertThrows(IllegalStateException.class, () -> link.write(bytes("more")));
  }

  @Test
  void anEndDuringAnOutageIsHeldToo() {
    gate.goDown();
    link.write(bytes("x"));
    link.end();
    scheduler.runUntil(50 * MS);
    assertEquals(0, sink.ends);
    gate.comeBack();
    scheduler.runUntilIdle();
    assertEquals("x", sink.text());
    assertEquals(1, sink.ends);
  }

  @Test
  void closeDiscardsWhatIsPending() {
    delay.set(DelayModel.fixed(Duration.ofMillis(10)));
    link.write(bytes("lost"));
    link.close();
    scheduler.runUntilIdle();
    assertEquals("", sink.text());
    assertEquals(0, link.pendingBytes());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private final class RecordingSink implements StreamSink {
    final ByteArrayOutputStream data = new ByteArrayOutputStream();
    final List<Long> times = new ArrayList<>();
    int ends;

    @Override
    public void onData(byte[] chunk) {
      data.writeBytes(chunk);
      times.add(scheduler.nowNanos());
    }

    @Override
    public void onEnd() {
      ends++;
    }

    String text() {
      return data.toString(StandardCharsets.UTF_8);
    }
  }
}
