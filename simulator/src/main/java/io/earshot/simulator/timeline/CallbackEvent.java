package io.earshot.simulator.timeline;

import io.earshot.engine.events.EngineEvent;
import java.util.List;
import java.util.Locale;

/** One callback an engine delivered, with its scenario time. */
public record CallbackEvent(long atNanos, EngineEvent event) {
  /** The callback's name. */
  public String callback() {
    return event.callback();
  }

  /** Its arguments as text, in signature order (room ID left out). */
  public List<String> args() {
    return event.args();
  }

  /** Whether this event is {@code callback} with arguments starting with {@code expected}. */
  public boolean matches(String expectedCallback, List<String> expected) {
    if (!callback().equals(expectedCallback)) {
      return false; // before the arguments: rendering them costs (quality figures are formatted)
    }
    List<String> args = args();
    if (expected.size() > args.size()) {
      return false;
    }
    if (isListUpdate() && expected.size() > 1) {
      // A user or stream list must match as a whole, in any order: "ADD alice bob".
      return args.get(0).equals(expected.get(0))
          && args.subList(1, args.size()).stream()
              .map(a -> withoutPublisher(a, expected))
              .sorted()
              .toList()
              .equals(expected.subList(1, expected.size()).stream().sorted().toList());
    }
    return args.subList(0, expected.size()).equals(expected);
  }

  /** A stream renders as {@code id@publisher}; an expectation may leave the publisher out. */
  private static String withoutPublisher(String arg, List<String> expected) {
    int at = arg.indexOf('@');
    return at < 0 || expected.stream().anyMatch(e -> e.indexOf('@') >= 0)
        ? arg
        : arg.substring(0, at);
  }

  private boolean isListUpdate() {
    return callback().equals("onRoomUserUpdate") || callback().equals("onRoomStreamUpdate");
  }

  /** One line of a timeline: time in seconds with millisecond precision, then the event. */
  public String render() {
    return String.format(Locale.ROOT, "%9.3f s", atNanos / 1e9) + "  " + event.render();
  }
}
