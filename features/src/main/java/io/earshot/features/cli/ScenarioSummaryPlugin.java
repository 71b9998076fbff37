package io.earshot.features.cli;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.SummaryPrinter;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.earshot.features.check.SentenceCheckFailure;
import io.earshot.features.steps.ReplayCommands;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints one line per finished scenario: status, duration, feature file and line, name; and the
 * failure's first line (all of it when the scenario's sentences were refused before it ran). Counts
 * results for the summary line and the exit code: a scenario passes only when it PASSED; SKIPPED
 * counts as skipped; every other status (failed, undefined, pending, ambiguous) as failed.
 */
public final class ScenarioSummaryPlugin implements ConcurrentEventListener, SummaryPrinter {
  private static int passed;
  private static int failed;
  private static int skipped;

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
  }

  private void finished(TestCaseFinished event) {
    Status status = event.getResult().getStatus();
    URI uri = event.getTestCase().getUri();
    String where =
        ("file".equals(uri.getScheme()) ? Path.of(uri).getFileName().toString() : uri.toString())
            + ":"
            + event.getTestCase().getLocation().getLine();
    Throwable error = event.getResult().getError();
    String message = error == null ? null : error.getMessage();
    if (message != null && !(error instanceof SentenceCheckFailure)) {
      message = message.lines().findFirst().orElse("");
    }
    if (status != Status.PASSED && status != Status.SKIPPED) {
      String replay =
          ReplayCommands.of(uri, event.getTestCase().getLocation().getLine())
              .map(c -> "replay: " + c)
              .orElse(null);
      if (replay != null) {
        message = message == null ? replay : message + "\n" + replay;
      }
    }
    print(
        status,
        event.getResult().getDuration().toMillis() / 1000.0,
        where,
        event.getTestCase().getName(),
        message);
  }

  /** Prints and counts a failure that is not a scenario run (a file that does not parse). */
  static void printFailure(String where, String name, String message) {
    print(Status.FAILED, 0, where, name, message);
  }

  private static synchronized void print(
      Status status, double seconds, String where, String name, String message) {
    if (status == Status.PASSED) {
      passed++;
    } else if (status == Status.SKIPPED) {
      skipped++;
    } else {
      failed++;
    }
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "%-7s %7.1f s  %s  %s%n", status, seconds, where, name);
    if (message != null) {
      out.println("        " + message.replace("\n", "\n        "));
    }
  }

  /** The summary line: {@code N passed, N failed[, N skipped]}. */
  static synchronized String summary() {
    return passed
        + " passed, "
        + failed
        + " failed"
        + (skipped > 0 ? ", " + skipped + " skipped" : "");
  }

  static synchronized void reset() {
    passed = 0;
    failed = 0;
    skipped = 0;
  }

  static synchronized int passed() {
    return passed;
  }

  static synchronized int failed() {
    return failed;
  }
}
