package io.earshot.reports;

import java.nio.file.Path;

/**
 * The Allure command-line tool failed, timed out, or wrote no report. The message carries its
 * output tail.
 */
public final class ReportGenerationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path log;

  ReportGenerationException(String message, Path log) {
    super(message);
    this.log = log;
  }

  /** The file holding the tool's full output. */
  public Path log() {
    return log;
  }
}
