package io.earshot.simulator.dsl;

import io.earshot.simulator.timeline.CallbackEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A callback an assertion expects: its name and the leading arguments in signature order, e.g.
 * {@code onPlayerStateUpdate s1 PLAYING}. Unknown callback names fail with the list of known ones.
 */
public record ExpectedCallback(String callback, List<String> args)
    implements Predicate<CallbackEvent> {
  /** The callbacks a timeline records. */
  public static final Set<String> KNOWN =
      Set.of(
          "onRoomStateChanged",
          "onRoomStateUpdate",
          "onRoomUserUpdate",
          "onRoomStreamUpdate",
          "onPublisherStateUpdate",
          "onPlayerStateUpdate",
          "onPublisherStreamEvent",
          "onPlayerStreamEvent",
          "onPublisherCapturedAudioFirstFrame",
          "onPlayerRecvAudioFirstFrame",
          "onEngineStateUpdate",
          "onDebugError",
          "onRemoteMicStateUpdate",
          "onRoomOnlineUserCountUpdate");

  public ExpectedCallback {
    if (!KNOWN.contains(callback)) {
      throw new IllegalArgumentException(
          "unknown callback '"
              + callback
              + "'; expected one of "
              + KNOWN.stream().sorted().toList());
    }
    args = List.copyOf(args);
  }

  /** Parses a callback name and a space-separated argument text such as {@code "s1 PLAYING 0"}. */
  public static ExpectedCallback of(String callback, String argText) {
    String trimmed = argText == null ? "" : argText.trim();
    return new ExpectedCallback(
        callback, trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+")));
  }

  @Override
  public boolean test(CallbackEvent event) {
    return event.matches(callback, args);
  }

  @Override
  public String toString() {
    return args.isEmpty() ? callback : callback + " " + String.join(" ", args);
  }
}
