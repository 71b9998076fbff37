package io.earshot.features.cli;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints one line per finished scenario: status, duration, feature file and line, name; and the
 * first line of the failure, if any. Counts results for the exit code.
 */
public final class ScenarioSummaryPlugin implements ConcurrentEventListener {
  private static int passed;
  private static int failed;
  private static int other;
  private final PrintStream out = System.out;

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
  }

  private synchronized void finished(TestCaseFinished event) {
    Status status = event.getResult().getStatus();
    if (status == Status.PASSED) {
      passed++;
    } else if (status == Status.FAILED) {
      failed++;
    } else {
      other++;
    }
    URI uri = event.getTestCase().getUri();
    String where =
        ("file".equals(uri.getScheme()) ? Path.of(uri).getFileName().toString() : uri.toString())
            + ":"
            + event.getTestCase().getLocation().getLine();
    out.printf(
        Locale.ROOT,
        "%-7s %7.1f s  %s  %s%n",
        status,
        event.getResult().getDuration().toMillis() / 1000.0,
        where,
        event.getTestCase().getName());
    Throwable error = event.getResult().getError();
    if (error != null && error.getMessage() != null) {
      out.println("        " + error.getMessage().lines().findFirst().orElse(""));
    }
  }

  static synchronized void reset() {
    passed = 0;
    failed = 0;
    other = 0;
  }

  static synchronized int passed() {
    return passed;
  }

  static synchronized int failed() {
    return failed;
  }

  static synchronized int other() {
    return other;
  }
}
