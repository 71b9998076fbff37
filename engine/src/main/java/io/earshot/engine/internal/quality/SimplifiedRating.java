package io.earshot.engine.internal.quality;

/**
 * A simplified E-model rating: {@code R = base − Id − Ie,eff} on one scale, with its MOS.
 *
 * @param scale the rating scale R is on
 * @param id delay impairment (simplified form)
 * @param ieEff effective equipment impairment
 * @param r the rating on {@code scale}
 * @param mos MOS from {@code r} on {@code scale}, G.107's polynomial (not clamped)
 */
public record SimplifiedRating(RatingScale scale, double id, double ieEff, double r, double mos) {}
