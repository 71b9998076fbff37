package io.earshot.engine.internal.client;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the engine received and dropped; touched on the engine's thread only, read through a
 * snapshot.
 */
final class ClientCounters {
  long malformedMessages;
  long malformedDatagrams;
  long unknownSsrcDatagrams;
  long serverErrors;

  synchronized Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    out.put("signaling.malformed", malformedMessages);
    out.put("signaling.server_errors", serverErrors);
    out.put("datagrams.malformed", malformedDatagrams);
    out.put("datagrams.unknown_ssrc", unknownSsrcDatagrams);
    return out;
  }
}
