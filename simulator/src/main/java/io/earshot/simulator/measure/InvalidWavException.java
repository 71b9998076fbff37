package io.earshot.simulator.measure;

import java.io.IOException;

/**
 * A file is not a WAV file this package can read. Checked, because a fixture or recording on disk
 * is input the caller must expect to be wrong. The message says what was expected and what was
 * found, e.g. "expected a RIFF header, found 'OggS'".
 */
public final class InvalidWavException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was expected and what was found
   */
  public InvalidWavException(String message) {
    super(message);
  }
}
