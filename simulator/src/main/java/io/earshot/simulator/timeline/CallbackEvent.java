package io.earshot.simulator.timeline;

import java.util.List;
import java.util.Locale;

/**
 * One callback an engine delivered, frozen the moment it fired: its scenario time, its name, its
 * arguments in signature order (room ID left out) and any non-empty extras, as text.
 */
public record CallbackEvent(long atNanos, String callback, List<String> args, String extras) {
  public CallbackEvent {
    args = List.copyOf(args);
    extras = extras == null ? "" : extras;
  }

  /** Whether this event is {@code callback} with arguments starting with {@code expected}. */
  public boolean matches(String expectedCallback, List<String> expected) {
    if (!callback.equals(expectedCallback) || expected.size() > args.size()) {
      return false;
    }
    if (isListUpdate() && expected.size() > 1) {
      // A user or stream list must match as a whole, in any order: "ADD alice bob".
      return args.get(0).equals(expected.get(0))
          && args.subList(1, args.size()).stream()
              .sorted()
              .toList()
              .equals(expected.subList(1, expected.size()).stream().sorted().toList());
    }
    return args.subList(0, expected.size()).equals(expected);
  }

  private boolean isListUpdate() {
    return callback.equals("onRoomUserUpdate") || callback.equals("onRoomStreamUpdate");
  }

  /**
   * One line of a timeline: time in seconds with millisecond precision, callback, arguments,
   * extras.
   */
  public String render() {
    String time = String.format(Locale.ROOT, "%9.3f s", atNanos / 1e9);
    String line = time + "  " + callback + (args.isEmpty() ? "" : " " + String.join(" ", args));
    return extras.isEmpty() ? line : line + "  " + extras;
  }
}
