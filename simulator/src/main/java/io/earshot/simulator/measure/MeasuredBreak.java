package io.earshot.simulator.measure;

/**
 * A break the harness measured in what a listener heard, independent of anything the engine
 * reports: a run of broken frames at least {@link BreakCriteria#minBreakMs()} long.
 *
 * @param startSeconds where it starts, in the sent audio's time
 * @param durationSeconds from the start of its first broken frame to the end of its last
 */
public record MeasuredBreak(double startSeconds, double durationSeconds) {}
