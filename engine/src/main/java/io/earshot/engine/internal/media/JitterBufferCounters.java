package io.earshot.engine.internal.media;

/**
 * A snapshot of what a {@link JitterBuffer} did, under stable names for reports. Every offered
 * packet is counted in {@code received} and ends in exactly one of: {@code played}, a discard
 * counter, the buffer, or (at most one) held awaiting confirmation of a jump. Every poll after the
 * start is counted in {@code played} or {@code concealed}.
 *
 * @param received packets offered, whatever became of them (duplicates included, as in RFC 3550)
 * @param duplicates packets whose sequence number was already received (remembered for 1024
 *     packets)
 * @param late packets that arrived after their slot had been played or concealed, and stragglers of
 *     a stream abandoned by a resync
 * @param overflow buffered frames dropped, oldest first, because the buffer was full
 * @param played FRAME outcomes
 * @param concealed MISSING outcomes
 * @param skipped buffered frames discarded when playout jumped past them (trimming a backlog on
 *     (re)start, flushing on resync)
 * @param strays packets outside the sequence window that no next packet confirmed (discarded)
 * @param resyncs times the buffer adopted a new sequence space (publisher restart or huge jump)
 */
public record JitterBufferCounters(
    long received,
    long duplicates,
    long late,
    long overflow,
    long played,
    long concealed,
    long skipped,
    long strays,
    long resyncs) {}
