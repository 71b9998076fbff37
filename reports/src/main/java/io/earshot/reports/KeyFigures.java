package io.earshot.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earshot.netem.DatagramStats;
import io.earshot.netem.Direction;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.earshot.simulator.metrics.MetricRegistry;
import io.earshot.simulator.metrics.MetricSeries;
import java.util.Arrays;
import java.util.Optional;

/**
 * A scenario's figures for machines: seed, mode, replay command, worst listener, each series'
 * mean/min/max and each link's datagram counts. Attached as JSON ("key figures"); {@code
 * summary.json} gathers them from every scenario.
 */
public final class KeyFigures {
  /** The attachment's name, by which the run summary finds it. */
  public static final String ATTACHMENT = "key figures";

  static final ObjectMapper JSON = new ObjectMapper();

  private KeyFigures() {}

  /** The figures as one JSON object. */
  public static ObjectNode of(Simulation sim, String replay, Optional<MetricRegistry.Pair> worst) {
    ObjectNode root = JSON.createObjectNode();
    root.put("seed", sim.seed());
    root.put("mode", sim.mode().name());
    root.put("replay", replay);
    worst.ifPresent(
        p -> root.putObject("worstListener").put("user", p.user()).put("stream", p.stream()));
    ArrayNode series = root.putArray("series");
    for (MetricRegistry.Entry e : sim.metrics().entries()) {
      MetricSeries s = e.series();
      double[] v = Arrays.stream(s.values()).filter(x -> !Double.isNaN(x)).toArray();
      ObjectNode n = series.addObject();
      n.put("user", e.pair().user()).put("stream", e.pair().stream());
      n.put("name", s.name()).put("unit", s.unit()).put("points", s.size());
      if (v.length > 0) {
        n.put("mean", round(s.mean()));
        n.put("min", round(Arrays.stream(v).min().orElseThrow()));
        n.put("max", round(Arrays.stream(v).max().orElseThrow()));
      }
    }
    ArrayNode links = root.putArray("links");
    for (VirtualUser u : sim.users()) {
      for (Direction d : Direction.values()) {
        DatagramStats s = u.link().stats().datagrams(d);
        links
            .addObject()
            .put("user", u.name())
            .put("direction", d.label())
            .put("offered", s.offered())
            .put("delivered", s.delivered())
            .put("dropped", s.droppedTotal());
      }
    }
    root.put("breaks", sim.metrics().breaks().size());
    return root;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
