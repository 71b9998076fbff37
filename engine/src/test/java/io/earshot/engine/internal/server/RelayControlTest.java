package io.earshot.engine.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * Signaling posts relay changes to the media loop; a client's datagram that the media loop reads
 * before it has run those posts must still find them in force (the CI failure of a bind refused as
 * {@code unknown_token} right after a login answer).
 */
class RelayControlTest {
  private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40_000);

  /** A media loop that the test is not on, and that runs posted tasks only when told to. */
  private static final class LaggingLoop implements Scheduler {
    final Queue<Runnable> posted = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      posted.add(task);
    }

    @Override
    public long nanoTime() {
      return 0;
    }

    @Override
    public long epochMillis() {
      return 0;
    }

    @Override
    public Cancellable schedule(Runnable task, long delayNanos) {
      throw new UnsupportedOperationException("no timers in this test");
    }

    @Override
    public boolean inEventLoop() {
      return false;
    }
  }

  private final ServerCounters counters = new ServerCounters();
  private final LaggingLoop loop = new LaggingLoop();
  private final RelayControl control =
      new RelayControl(new MediaRelay((to, d) -> {}, counters, loop), loop);

  @Test
  void aBindReadBeforeThePostedRegistrationRunsIsAccepted() throws Exception {
    byte[] secret = new byte[16];
    secret[0] = 7;
    control.register(42, secret, InetAddress.getByName("127.0.0.1"));
    // The loop reads the datagram first; the posted registration has not run yet.
    control.onDatagram(CLIENT, TestBinds.bind(42, 1, HexFormat.of().formatHex(secret)));
    assertEquals(1, counters.get("media.bound"));
    assertEquals(0, counters.get("binds.refused.unknown_token"));

    // The posted task finds nothing left to do, and changes keep their order.
    loop.posted.forEach(Runnable::run);
    control.unregister(42);
    control.onDatagram(CLIENT, TestBinds.bind(42, 2, HexFormat.of().formatHex(secret)));
    assertEquals(1, counters.get("binds.refused.unknown_token"));
    assertEquals(1, counters.get("media.bound"));
  }
}
