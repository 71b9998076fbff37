package io.earshot.engine.internal.quality;

/**
 * The engine's reported MOS for one interval, with the rating it came from.
 *
 * @param rWideband R on the wideband scale (0..129 for a perfect connection)
 * @param mos MOS from {@code rWideband / 1.29}, clamped to [1, 4.5]
 * @param rating the simplified rating with its Id and Ie,eff terms, for reports
 */
public record EngineMosEstimate(double rWideband, double mos, SimplifiedRating rating) {}
