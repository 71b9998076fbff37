package io.earshot.engine.internal.rtcp;

/**
 * RFC 3550 A.1 sequence-number validation for one source: probation before a new source counts,
 * wrap counting, tolerance of dropouts and misordering, and restart detection. Exactly the A.1
 * algorithm, with its one C quirk fixed: the probation test {@code seq == max_seq + 1} is done
 * modulo 2^16, so a source whose first packets straddle 65535 → 0 is accepted.
 */
final class SequenceTracker {
  static final int MIN_SEQUENTIAL = 2;
  static final int MAX_DROPOUT = 3000;
  static final int MAX_MISORDER = 100;
  static final int SEQ_MOD = 1 << 16;

  /** What one packet did to the tracker. */
  enum Outcome {
    /** The source is not validated yet; the packet is not counted. */
    ON_PROBATION,
    /** Counted as received: in order, after a gap, duplicate or reordered. */
    COUNTED,
    /** Counted, and the second of two agreeing jumps: the sender restarted its numbering. */
    RESTARTED,
    /** A large jump not confirmed yet: dropped, not counted. */
    UNCONFIRMED_JUMP
  }

  private boolean heard;
  private int probation;
  private int maxSeq;
  private int baseSeq;
  private int badSeq;
  private long cycles;
  private long received;
  private int generation;

  /** Feeds one packet's sequence number, 0..65535. */
  Outcome update(int seq) {
    if (!heard) {
      heard = true;
      init(seq);
      maxSeq = (seq - 1) & 0xFFFF;
      probation = MIN_SEQUENTIAL;
    }
    int udelta = (seq - maxSeq) & 0xFFFF;
    if (probation > 0) {
      if (seq == ((maxSeq + 1) & 0xFFFF)) {
        probation--;
        maxSeq = seq;
        if (probation == 0) {
          init(seq);
          received++;
          return Outcome.COUNTED;
        }
      } else {
        probation = MIN_SEQUENTIAL - 1;
        maxSeq = seq;
      }
      return Outcome.ON_PROBATION;
    } else if (udelta < MAX_DROPOUT) {
      if (seq < maxSeq) {
        cycles += SEQ_MOD;
      }
      maxSeq = seq;
    } else if (udelta <= SEQ_MOD - MAX_MISORDER) {
      if (seq != badSeq) {
        badSeq = (seq + 1) & 0xFFFF;
        return Outcome.UNCONFIRMED_JUMP;
      }
      // Two packets in a row agree on the new numbering: the sender restarted.
      init(seq);
      received++;
      return Outcome.RESTARTED;
    }
    // Otherwise a duplicate or a reordered packet: counted, but the state stays.
    received++;
    return Outcome.COUNTED;
  }

  private void init(int seq) {
    baseSeq = seq;
    maxSeq = seq;
    badSeq = SEQ_MOD + 1; // matches no 16-bit value
    cycles = 0;
    received = 0;
    generation++;
  }

  /** Whether the source has passed probation, i.e. whether the counts mean anything yet. */
  boolean isValid() {
    return heard && probation == 0;
  }

  /** Cycles·65536 + highest sequence number: the RR field before truncation to 32 bits. */
  long extendedMax() {
    return cycles + maxSeq;
  }

  long expected() {
    return isValid() ? extendedMax() - baseSeq + 1 : 0;
  }

  long received() {
    return received;
  }

  /** Counts the (re)initialisations, so that interval figures never span a restart. */
  int generation() {
    return generation;
  }
}
