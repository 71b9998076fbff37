package io.earshot.engine;

/**
 * One sound-level reading (contract §3.6): {@code soundLevel} from 0.0 to 100.0, and {@code vad} 1 when
 * voice was detected, 0 otherwise (always 0 unless the monitor was started with {@code enableVAD}).
 */
public record SoundLevelInfo(double soundLevel, int vad) {}
