package io.earshot.features.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that was not run because some of its sentences cannot do what they say: a sentence
 * that matches no step definition, or a value that no run could ever meet. An {@link
 * AssertionError} so that reports count the scenario as failed (not broken, skipped or unknown).
 */
public final class SentenceCheckFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  public SentenceCheckFailure(String file, List<Problem> problems) {
    super(
        problems.stream().map(p -> p.render(file)).collect(Collectors.joining("\n"))
            + "\n(found when the feature was read: no step of this scenario ran)");
  }
}
