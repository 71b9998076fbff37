/**
 * The machinery behind {@code io.earshot.simulator.measure}: the ViSQOL v3 speech-mode
 * reimplementation (gammatone spectrogram, floors, patches, alignment, NSIM), the NSIM→MOS mapping,
 * FFT and correlators. Not an API: anything here may change.
 */
package io.earshot.simulator.measure.internal;
