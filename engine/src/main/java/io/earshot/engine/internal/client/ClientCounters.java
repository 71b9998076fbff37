package io.earshot.engine.internal.client;

import io.earshot.engine.scheduling.TickLateness;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the engine received and dropped, and how punctually its capture and playout clocks ticked
 * (the harness's own health in real time); touched on the engine's thread only, read through a
 * snapshot.
 */
final class ClientCounters {
  long malformedMessages;
  long malformedDatagrams;
  long unknownSsrcDatagrams;
  long serverErrors;
  final TickLateness capture = new TickLateness();
  final TickLateness playout = new TickLateness();

  synchronized Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    out.put("signaling.malformed", malformedMessages);
    out.put("signaling.server_errors", serverErrors);
    out.put("datagrams.malformed", malformedDatagrams);
    out.put("datagrams.unknown_ssrc", unknownSsrcDatagrams);
    put(out, "clock.capture", capture);
    put(out, "clock.playout", playout);
    return out;
  }

  private static void put(Map<String, Long> out, String name, TickLateness clock) {
    out.put(name + ".ticks", clock.ticks());
    out.put(name + ".late", clock.late());
    out.put(name + ".worst_us", clock.worstNanos() / 1_000);
  }
}
