package io.earshot.simulator.load;

import io.earshot.simulator.health.HarnessHealth;

/**
 * A load run as it goes, for live progress: scenario time, who is in, what plays, the quality the
 * listeners' engines reported in the last interval, and the harness's own health.
 *
 * @param elapsedNanos scenario time since the first arrival
 * @param totalNanos the run's duration
 * @param joined users in their room now
 * @param users users of the run (of this shard)
 * @param streamsPlaying (listener, stream) pairs whose both ends are in the room
 * @param reportedMosP5 5th percentile of the MOS reported in the last interval (NaN: none)
 * @param reportedMosP50 median of the same
 * @param health the engines' clocks so far
 * @param wallNanos wall time since the run started
 */
public record LoadSnapshot(
    long elapsedNanos,
    long totalNanos,
    int joined,
    int users,
    long streamsPlaying,
    double reportedMosP5,
    double reportedMosP50,
    HarnessHealth health,
    long wallNanos) {}
