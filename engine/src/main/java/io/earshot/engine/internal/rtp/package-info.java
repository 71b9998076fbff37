/**
 * RTP (RFC 3550) on Earshot's media path: the packet value, its wire codec, the per-stream
 * packetizer and 16-bit sequence arithmetic. Network bytes are parsed here and nowhere else.
 */
package io.earshot.engine.internal.rtp;
