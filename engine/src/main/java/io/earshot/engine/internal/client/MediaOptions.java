package io.earshot.engine.internal.client;

/**
 * The engine's loss recovery switches: NACK retransmission requests and Opus in-band FEC (on the
 * publishing side, when loss is reported; on the playing side, decoding it). Both on by default.
 */
record MediaOptions(boolean nack, boolean fec) {
  static final MediaOptions ALL_ON = new MediaOptions(true, true);
}
