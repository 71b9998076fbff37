package io.earshot.engine;

/**
 * One sound-level reading (contract §3.6): {@code soundLevel} from 0.0 to 100.0, and {@code vad} 1
 * when voice was detected, 0 otherwise (always 0 unless the monitor was started with {@code
 * enableVAD}). Voice detection in the reference engine is an energy threshold: {@code vad} is 1
 * when the interval's level is at least 60 (an RMS of −40 dBFS or more), so loud noise counts as
 * voice too.
 */
public record SoundLevelInfo(double soundLevel, int vad) {}
