package io.earshot.features.check;

import io.earshot.features.vocabulary.EditDistance;
import io.earshot.simulator.dsl.CallbackArg;
import io.earshot.simulator.dsl.CallbackSignature;
import io.earshot.simulator.dsl.ExpectedCallback;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a callback expectation as written in a sentence or a table row: the callback's name and
 * arguments against its signature (the simulator's own check, so the engine's enums and error
 * codes), then the stream and user IDs against those the scenario names.
 */
final class CallbackChecks {
  private final Set<String> userIds;
  private final Set<String> streams;

  /**
   * @param userIds the user IDs of every user the scenario declares
   * @param streams every stream ID a sentence of the scenario names
   */
  CallbackChecks(Set<String> userIds, Set<String> streams) {
    this.userIds = userIds;
    this.streams = streams;
  }

  /** What is wrong with {@code callback argText}, or empty. */
  Optional<String> expectation(String callback, String argText) {
    ExpectedCallback expected;
    try {
      expected = ExpectedCallback.of(callback, argText);
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    CallbackSignature signature = CallbackSignature.of(callback);
    List<String> args = expected.args();
    for (int i = 0; i < args.size(); i++) {
      CallbackArg arg = signature.argAt(i).orElseThrow();
      String word = args.get(i);
      if (arg.kind() == CallbackArg.Kind.STREAM && !streams.contains(word)) {
        return Optional.of(unknown("stream", word, streams, "publishes or plays it"));
      }
      if (arg.kind() == CallbackArg.Kind.USER_ID && !userIds.contains(word)) {
        return Optional.of(unknown("user ID", word, userIds, "declares a user with it"));
      }
    }
    return Optional.empty();
  }

  /** The problems of the rows of a "receives, in order:" table, one per bad row. */
  List<Problem> table(MatchedStep step) {
    List<Problem> out = new ArrayList<>();
    for (int r = 0; r < step.table().size(); r++) {
      List<String> row = step.table().get(r);
      String text = "| " + String.join(" | ", row) + " |";
      int line = step.tableLine() + r;
      Optional<String> problem;
      if (row.isEmpty() || row.get(0).isBlank()) {
        problem = Optional.of("each row needs a callback name in its first cell");
      } else if (row.size() > 2) {
        problem =
            Optional.of(
                "expected two cells, | callback | arguments |, found "
                    + row.size()
                    + " (write all the arguments in the second cell)");
      } else {
        problem = expectation(row.get(0).trim(), row.size() > 1 ? row.get(1) : "");
      }
      problem.ifPresent(p -> out.add(new Problem(line, text, p)));
    }
    return out;
  }

  private static String unknown(String what, String word, Set<String> known, String how) {
    return what
        + " \""
        + word
        + "\" is not one this scenario names (a sentence names it when it "
        + how
        + "); known: "
        + (known.isEmpty() ? "none" : String.join(", ", known))
        + EditDistance.closest(word, known).map(c -> " (did you mean " + c + "?)").orElse("");
  }
}
