package io.earshot.reports.audio;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.audio.PcmRecordings;
import io.earshot.simulator.audio.PcmTrack;
import io.earshot.simulator.metrics.MetricRegistry;
import io.earshot.simulator.metrics.MetricRegistry.Pair;
import io.earshot.simulator.timeline.ScenarioEventLog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the clips a scenario's report carries: what the worst listener's stream sent and what the
 * listener played, over the same window (around the first break or network event, else the
 * beginning), and a clip around each of its breaks; the same for every listener named in {@code
 * earshot.audio.listeners}. Nothing when no raw audio was recorded.
 */
public final class ScenarioClips {
  /** Longest sent/played clip: long enough to hear a recovery, short enough to attach. */
  static final long WINDOW_NANOS = 12_000_000_000L;

  static final long LEAD_NANOS = 2_000_000_000L;
  static final long BREAK_MARGIN_NANOS = 1_000_000_000L;
  static final int MAX_BREAK_CLIPS = 10;

  private ScenarioClips() {}

  /** The clips of the scenario, worst listener first. */
  public static List<AudioClip> of(Simulation sim, List<String> requestedListeners) {
    Set<Pair> pairs = new LinkedHashSet<>();
    WorstListener.of(sim.metrics()).ifPresent(pairs::add);
    for (MetricRegistry.Entry e : sim.metrics().entries()) {
      if (WorstListener.isListening(e.pair()) && requestedListeners.contains(e.pair().user())) {
        pairs.add(e.pair());
      }
    }
    List<AudioClip> clips = new ArrayList<>();
    for (Pair p : pairs) {
      clips.addAll(clipsOf(sim, p));
    }
    return clips;
  }

  private static List<AudioClip> clipsOf(Simulation sim, Pair p) {
    PcmRecordings pcm = sim.pcmRecordings();
    Optional<PcmTrack> played = pcm.played(p.user(), p.stream());
    Optional<PcmTrack> sent = publisherOf(sim, p.stream()).flatMap(pcm::sent);
    List<MetricRegistry.Break> breaks =
        sim.metrics().breaks().stream().filter(b -> b.pair().equals(p)).toList();
    long from = Math.max(0, firstInterest(sim, p, breaks) - LEAD_NANOS);
    long to = from + WINDOW_NANOS;
    List<AudioClip> clips = new ArrayList<>();
    sent.map(t -> t.clip(from, to))
        .filter(t -> t.samples().length > 0)
        .ifPresent(
            t ->
                clips.add(
                    new AudioClip(
                        publisherOf(sim, p.stream()).orElse("?") + " sent " + p.stream() + span(t),
                        t)));
    played
        .map(t -> t.clip(from, to))
        .filter(t -> t.samples().length > 0)
        .ifPresent(t -> clips.add(new AudioClip(p.user() + " played " + p.stream() + span(t), t)));
    for (MetricRegistry.Break b : breaks.subList(0, Math.min(MAX_BREAK_CLIPS, breaks.size()))) {
      played
          .map(t -> t.clip(b.fromNanos() - BREAK_MARGIN_NANOS, b.toNanos() + BREAK_MARGIN_NANOS))
          .filter(t -> t.samples().length > 0)
          .ifPresent(
              t ->
                  clips.add(
                      new AudioClip(
                          p.user() + " played " + p.stream() + " around a break" + span(t), t)));
    }
    return clips;
  }

  /**
   * The first break of the pair, else the first network band (not a mark of no width) that bears on
   * it, else 0.
   */
  private static long firstInterest(Simulation sim, Pair p, List<MetricRegistry.Break> breaks) {
    if (!breaks.isEmpty()) {
      return breaks.get(0).fromNanos();
    }
    Optional<String> publisher = publisherOf(sim, p.stream());
    return sim.notes().log().bands().stream()
        .filter(b -> b.toNanos() > b.fromNanos())
        .filter(
            b ->
                b.concerns(p.user())
                    || publisher.map(b::concerns).orElse(false)
                    || b.user().equals(ScenarioEventLog.EVERY_USER))
        .mapToLong(ScenarioEventLog.Band::fromNanos)
        .findFirst()
        .orElse(0);
  }

  private static Optional<String> publisherOf(Simulation sim, String stream) {
    try {
      return Optional.of(sim.lastPublisherOf(stream).name());
    } catch (AssertionError e) {
      return Optional.empty();
    }
  }

  private static String span(PcmTrack t) {
    return String.format(Locale.ROOT, ", %.1f–%.1f s", t.startNanos() / 1e9, t.endNanos() / 1e9);
  }
}
