package io.earshot.simulator.timeline;

import io.earshot.engine.EventHandler;
import io.earshot.engine.events.EngineEvent;
import io.earshot.engine.events.EngineEvent.CapturedSoundLevelInfoUpdate;
import io.earshot.engine.events.EngineEvent.CapturedSoundLevelUpdate;
import io.earshot.engine.events.EngineEvent.RemoteSoundLevelInfoUpdate;
import io.earshot.engine.events.EngineEvent.RemoteSoundLevelUpdate;
import io.earshot.engine.events.EventRecorder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * The event handler of a virtual user: every callback becomes a {@link CallbackEvent} on its
 * timeline, except the sound-level callbacks (ten a second), whose latest values go to {@link
 * SoundLevelReadings}.
 */
public final class TimelineRecorder {
  private final CallbackTimeline timeline;
  private final LongSupplier scenarioNanos;
  private final SoundLevelReadings soundLevels = new SoundLevelReadings();
  private final EventHandler handler = new EventRecorder(this::record);
  private final List<BiConsumer<Long, EngineEvent>> observers = new CopyOnWriteArrayList<>();

  /**
   * @param scenarioNanos the time since the scenario started, read when a callback fires
   */
  public TimelineRecorder(CallbackTimeline timeline, LongSupplier scenarioNanos) {
    this.timeline = timeline;
    this.scenarioNanos = scenarioNanos;
  }

  /** The handler to give the engine. */
  public EventHandler handler() {
    return handler;
  }

  /**
   * Also hands every recorded callback, with its scenario time, to {@code observer} (the quality
   * log takes the quality callbacks this way).
   */
  public void observe(BiConsumer<Long, EngineEvent> observer) {
    observers.add(observer);
  }

  /** The latest sound levels this user's engine reported. */
  public SoundLevelReadings soundLevels() {
    return soundLevels;
  }

  private void record(EngineEvent event) {
    long now = scenarioNanos.getAsLong();
    if (event instanceof CapturedSoundLevelUpdate e) {
      soundLevels.captured(now, e.soundLevel());
    } else if (event instanceof RemoteSoundLevelUpdate e) {
      soundLevels.remote(now, e.soundLevels());
    } else if (!(event instanceof CapturedSoundLevelInfoUpdate)
        && !(event instanceof RemoteSoundLevelInfoUpdate)) {
      timeline.append(new CallbackEvent(now, event));
      observers.forEach(o -> o.accept(now, event));
    }
  }
}
