package io.earshot.engine;

import io.earshot.engine.events.EngineEvent;
import io.earshot.engine.events.EngineEvent.CapturedSoundLevelInfoUpdate;
import io.earshot.engine.events.EngineEvent.CapturedSoundLevelUpdate;
import io.earshot.engine.events.EngineEvent.NetworkQuality;
import io.earshot.engine.events.EngineEvent.PlayerMediaEventUpdate;
import io.earshot.engine.events.EngineEvent.PlayerQualityUpdate;
import io.earshot.engine.events.EngineEvent.PublisherQualityUpdate;
import io.earshot.engine.events.EngineEvent.RemoteMicStateUpdate;
import io.earshot.engine.events.EngineEvent.RemoteSoundLevelInfoUpdate;
import io.earshot.engine.events.EngineEvent.RemoteSoundLevelUpdate;
import io.earshot.engine.events.EngineEvent.RoomOnlineUserCountUpdate;
import io.earshot.engine.events.EngineEvent.RoomStateChanged;
import io.earshot.engine.events.EngineEvent.RoomStreamUpdate;
import io.earshot.engine.events.EventRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Test handler: the engine's {@link EventRecorder}, keeping each room, publish, play and engine
 * event as a line (the event's summary; stream updates with their delete reasons). Thread-safe; a
 * test on real sockets awaits a line with a timeout, a test on a virtual scheduler reads the lines
 * directly.
 */
final class EventLog extends EventRecorder {
  private final Store store;

  EventLog() {
    this(new Store());
  }

  private EventLog(Store store) {
    super(store);
    this.store = store;
  }

  /** The events so far, one line each. */
  List<String> events() {
    synchronized (store) {
      return store.lines.stream().toList();
    }
  }

  /** The extendedData of each onRoomStateChanged, in order. */
  List<Map<String, Object>> roomExtendedData() {
    synchronized (store) {
      return store.events.stream()
          .filter(e -> e instanceof RoomStateChanged)
          .map(EngineEvent::extras)
          .toList();
    }
  }

  /** The events that start with one of {@code prefixes}. */
  List<String> only(String... prefixes) {
    return events().stream()
        .filter(
            e -> {
              for (String p : prefixes) {
                if (e.startsWith(p)) {
                  return true;
                }
              }
              return false;
            })
        .toList();
  }

  /** The events except the stream events (onPublisherStreamEvent / onPlayerStreamEvent). */
  List<String> withoutStreamEvents() {
    return events().stream()
        .filter(
            e -> !e.startsWith("onPublisherStreamEvent") && !e.startsWith("onPlayerStreamEvent"))
        .toList();
  }

  int size() {
    return events().size();
  }

  void clear() {
    synchronized (store) {
      store.lines.clear();
      store.events.clear();
    }
  }

  /** Waits until an event starting with {@code prefix} was recorded; fails after the timeout. */
  String await(String prefix, long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    synchronized (store) {
      while (true) {
        for (String e : store.lines) {
          if (e.startsWith(prefix)) {
            return e;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "no callback starting with '"
                  + prefix
                  + "' within "
                  + timeout
                  + " "
                  + unit
                  + "; got "
                  + store.lines);
        }
        store.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  /**
   * Periodic, quality and media-control callbacks, which these tests leave to tests of their own.
   */
  private static final Set<Class<?>> IGNORED =
      Set.of(
          RemoteMicStateUpdate.class,
          RoomOnlineUserCountUpdate.class,
          CapturedSoundLevelUpdate.class,
          CapturedSoundLevelInfoUpdate.class,
          RemoteSoundLevelUpdate.class,
          RemoteSoundLevelInfoUpdate.class,
          PublisherQualityUpdate.class,
          PlayerQualityUpdate.class,
          NetworkQuality.class,
          PlayerMediaEventUpdate.class);

  private static final class Store implements Consumer<EngineEvent> {
    final List<EngineEvent> events = new ArrayList<>();
    final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void accept(EngineEvent event) {
      if (IGNORED.contains(event.getClass())) {
        return;
      }
      events.add(event);
      lines.add(event instanceof RoomStreamUpdate ? event.render() : event.summary());
      notifyAll();
    }
  }
}
