package io.earshot.simulator.dsl;

import io.earshot.simulator.timeline.CallbackEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A callback an assertion expects: its name and the leading arguments in signature order, e.g.
 * {@code onPlayerStateUpdate s1 PLAYING}. Unknown callback names and arguments that no such
 * callback can carry fail with the valid values ({@link CallbackSignature}).
 */
public record ExpectedCallback(String callback, List<String> args)
    implements Predicate<CallbackEvent> {
  /** The callbacks a timeline records. */
  public static final Set<String> KNOWN = CallbackSignature.names();

  /**
   * Checks the arguments against the callback's signature: a misspelt state, reason, update type,
   * event or error code fails at once, naming the word and the valid values, instead of waiting for
   * a callback that can never come (or passing a "never" that checked nothing).
   */
  public ExpectedCallback {
    args = List.copyOf(args);
    List<String> problems = CallbackSignature.of(callback).problems(args);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot expect \""
              + callback
              + (args.isEmpty() ? "" : " " + String.join(" ", args))
              + "\": "
              + String.join("; ", problems));
    }
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
