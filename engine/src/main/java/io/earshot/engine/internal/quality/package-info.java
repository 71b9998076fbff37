/**
 * Quality arithmetic for the engine's reported MOS: the ITU-T G.107 E-model (full narrowband form
 * and the simplified narrowband/wideband/fullband forms Earshot reports with), R ↔ MOS, codec
 * impairment tables, loss-run statistics for BurstR, and the facade the play/publish quality
 * callbacks use. Pure functions and small accumulators: no clocks, threads or randomness.
 */
package io.earshot.engine.internal.quality;
