package io.earshot.engine.internal.rtcp;

/**
 * The counters of one source at the moment a report was made, kept by whoever makes reports so that
 * several consumers (the 1 s RTCP report, the 3 s quality callback) can each keep their own
 * interval without disturbing the others.
 *
 * @param generation how many times the source's numbering was (re)initialised; snapshots of
 *     different generations are not comparable
 * @param expected packets expected so far (RFC 3550 A.3)
 * @param received packets received so far, duplicates included
 */
public record LossSnapshot(int generation, long expected, long received) {

  /** The snapshot of a source not heard yet. */
  public static final LossSnapshot NONE = new LossSnapshot(0, 0, 0);
}
