/**
 * Receive-side media stages between the depacketizer and the decoder: the jitter buffer and what it
 * hands the playout clock.
 */
package io.earshot.engine.internal.media;
