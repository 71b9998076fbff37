/**
 * RTCP (RFC 3550 §6, RFC 3611 XR, RFC 4585 generic NACK) on Earshot's media path: immutable packet
 * records, the strict compound codec, RTP/RTCP demultiplexing (RFC 5761), NTP time and round-trip
 * arithmetic, and the receiver statistics that fill report blocks (RFC 3550 A.1, A.3, A.8). Pure
 * building blocks: nothing here reads a clock, keeps a thread or touches a socket; times come in as
 * scheduler nanoseconds.
 */
package io.earshot.engine.internal.rtcp;
