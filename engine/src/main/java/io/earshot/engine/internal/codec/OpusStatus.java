package io.earshot.engine.internal.codec;

import tomp2p.opuswrapper.Opus;

/** Turns libopus's negative return codes into exceptions carrying {@code opus_strerror}'s text. */
final class OpusStatus {
  private OpusStatus() {}

  /**
   * Returns {@code rc} if non-negative (OK or a length), else throws {@link OpusCodecException}.
   */
  static int check(Opus opus, String operation, int rc) {
    if (rc < 0) {
      throw new OpusCodecException(operation, rc, opus.opus_strerror(rc));
    }
    return rc;
  }
}
