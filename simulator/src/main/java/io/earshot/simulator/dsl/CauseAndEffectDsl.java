package io.earshot.simulator.dsl;

import io.earshot.netem.Direction;
import io.earshot.simulator.ScenarioFailure;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * "What the listener missed matches what the network dropped": the frames of a stream (RTP
 * timestamps) the listener's engine never received equal the frames the emulator dropped on the
 * publisher's uplink and the listener's downlink, counted from the first to the last frame the
 * listener received. Frames, not sequence numbers: the relay numbers each player's leg itself, so a
 * packet lost on the uplink leaves a frame gap but no sequence gap. Both engines must have loss
 * recovery off (a retransmission or FEC brings back what the network dropped), and the stream must
 * have stopped; packets in flight get {@value NetworkDsl#SETTLE_NANOS} ns to land.
 */
public final class CauseAndEffectDsl {
  private final ScenarioDsl dsl;
  private final Simulation sim;

  CauseAndEffectDsl(ScenarioDsl dsl) {
    this.dsl = dsl;
    this.sim = dsl.simulation();
  }

  public void missedMatchesDropped(String listener, String streamId) {
    VirtualUser bob = sim.user(listener);
    VirtualUser alice = sim.lastPublisherOf(streamId);
    for (VirtualUser u : new VirtualUser[] {alice, bob}) {
      if (u.lossRecovery()) {
        throw new ScenarioFailure(
            "what \""
                + listener
                + "\" missed can match what the network dropped only without loss recovery"
                + " (NACK and FEC bring dropped packets back); add: Given \""
                + u.name()
                + "\" has loss recovery switched off");
      }
    }
    long deadline = sim.clock().nowNanos() + NetworkDsl.SETTLE_NANOS;
    Supplier<String> publisherState =
        () -> alice.latest("onPublisherStateUpdate", streamId, 1).orElse("NO_PUBLISH");
    sim.clock().awaitUntil(() -> publisherState.get().equals("NO_PUBLISH"), deadline);
    String state = publisherState.get();
    if (!state.equals("NO_PUBLISH")) {
      throw new ScenarioFailure(
          String.format(
              "compare what \"%s\" missed only after the stream stopped: \"%s\" is still %s"
                  + " \"%s\"; add: When \"%s\" stops publishing",
              listener, alice.name(), state, streamId, alice.name()));
    }
    sim.clock()
        .awaitUntil(() -> settled(alice, bob) && compare(alice, bob, streamId).matches(), deadline);
    Counts c = compare(alice, bob, streamId);
    if (c.received == 0) {
      throw dsl.failure(
          bob,
          String.format(
              "\"%s\" received no packet of stream \"%s\", so there is nothing to compare; make"
                  + " sure it plays the stream while it is published",
              listener, streamId));
    }
    if (!c.matches()) {
      throw dsl.failure(
          bob,
          String.format(
              "what \"%s\" missed of stream \"%s\" does not match what the network dropped: %s"
                  + "\nuplink of %s: %s\ndownlink of %s: %s",
              listener,
              streamId,
              c,
              alice.name(),
              alice.link().stats().datagramUplink().render(),
              listener,
              bob.link().stats().datagramDownlink().render()));
    }
  }

  /** The counts the comparison looked at. */
  private record Counts(
      String publisher,
      String listener,
      long ssrc,
      long firstTs,
      long lastTs,
      long span,
      long received,
      long droppedUp,
      long droppedDown) {
    long missed() {
      return span - received;
    }

    boolean matches() {
      return received > 0 && missed() == droppedUp + droppedDown;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "SSRC %d, RTP timestamps %d..%d (%d frames), %d received, so %d missed;"
              + " dropped in that range: %d on the uplink of %s + %d on the downlink of %s = %d",
          ssrc,
          firstTs,
          lastTs,
          span,
          received,
          missed(),
          droppedUp,
          publisher,
          droppedDown,
          listener,
          droppedUp + droppedDown);
    }
  }

  private static Counts compare(VirtualUser alice, VirtualUser bob, String streamId) {
    Map<String, Long> c = bob.engine().counters();
    String p = "play." + streamId + ".";
    long ssrc = c.getOrDefault(p + "ssrc", -1L);
    long first = c.getOrDefault(p + "ts_first", -1L);
    long last = c.getOrDefault(p + "ts_last", -1L);
    long span = c.getOrDefault(p + "frames_span", 0L);
    long received = c.getOrDefault(p + "frames_unique", 0L);
    boolean any = span > 0;
    long up = any ? alice.rtpDrops().droppedFramesInRange(Direction.UPLINK, ssrc, first, last) : 0;
    long down =
        any ? bob.rtpDrops().droppedFramesInRange(Direction.DOWNLINK, ssrc, first, last) : 0;
    return new Counts(alice.name(), bob.name(), ssrc, first, last, span, received, up, down);
  }

  private static boolean settled(VirtualUser alice, VirtualUser bob) {
    return alice.link().stats().datagramUplink().inFlight() == 0
        && bob.link().stats().datagramDownlink().inFlight() == 0;
  }
}
