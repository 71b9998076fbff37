/**
 * What the harness measures from audio, against what was sent: measured MOS ({@link
 * io.earshot.simulator.measure.MeasuredMos}), mouth-to-ear latency ({@link
 * io.earshot.simulator.measure.SpeechLatencyEstimator}, {@link
 * io.earshot.simulator.measure.ChirpLatencyEstimator}), breaks ({@link
 * io.earshot.simulator.measure.MeasuredBreakDetector}), and the audio plumbing they need (WAV
 * files, resampling, speech fixtures).
 *
 * <p>Every measurement is a pure function of sample arrays: no clock, no threads, no randomness.
 * Implementation details live in {@code measure.internal}.
 */
package io.earshot.simulator.measure;
