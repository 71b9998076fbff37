package io.earshot.simulator.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's measured and reported quality as JSON ({@code
 * DIR/metrics/<feature>--<scenario>.json}, read by other tools): seed, mode, and per pair the
 * measured MOS, latency and breaks, the means of the reported callbacks, and the audio files.
 * Numbers are rounded (3 decimals) so that the same seed gives the same bytes; a value that could
 * not be measured is null.
 */
public final class ScenarioMetrics {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private ScenarioMetrics() {}

  public static String render(
      long seed,
      String mode,
      List<PairMeasurement> pairs,
      ReportedQuality reported,
      Map<PairKey, AudioExport.PairFiles> audio) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("seed", seed);
    root.put("mode", mode);
    List<Object> list = new ArrayList<>();
    for (PairMeasurement m : pairs) {
      Map<String, Object> pair = new LinkedHashMap<>();
      pair.put("listener", m.pair().listener());
      pair.put("stream", m.pair().streamId());
      pair.put("publisher", m.publisher());
      pair.put("source", m.source());
      pair.put("measured", measured(m));
      pair.put("reported", reported(reported.samples(m.pair().listener(), m.pair().streamId())));
      AudioExport.PairFiles files = audio.get(m.pair());
      Map<String, Object> paths = new LinkedHashMap<>();
      paths.put("sent", files == null ? null : files.sent());
      paths.put("played", files == null ? null : files.played());
      pair.put("audio", paths);
      list.add(pair);
    }
    root.put("pairs", list);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render metrics as JSON", e);
    }
  }

  private static Map<String, Object> measured(PairMeasurement m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mos", n(m.mosMean()));
    out.put(
        "mosWindows",
        m.mos().map(w -> w.windows().stream().map(x -> n(x.score().mos())).toList()).orElse(null));
    Map<String, Object> latency = new LinkedHashMap<>();
    latency.put("mean", n(m.latencyMeanMs()));
    latency.put("p50", n(m.latencyPercentileMs(50)));
    latency.put("p95", n(m.latencyPercentileMs(95)));
    latency.put("estimates", m.latency().measurements().size());
    latency.put("gaps", m.latency().gaps().size());
    out.put("latencyMs", latency);
    out.put("breaks", m.breaks().size());
    out.put("breakSeconds", n(m.breaks().stream().mapToDouble(b -> b.durationSeconds()).sum()));
    out.put("scoredSeconds", n(m.scoredSeconds()));
    Map<String, Object> diagnostics = new LinkedHashMap<>();
    diagnostics.put("concealmentRatio", n(m.concealmentRatio()));
    diagnostics.put("levelDifferenceDb", n(m.levelDifferenceDb()));
    diagnostics.put("bandwidthHz", n(m.bandwidthHz()));
    out.put("diagnostics", diagnostics);
    out.put("stagesMs", m.stages().map(ScenarioMetrics::stages).orElse(null));
    return out;
  }

  private static Map<String, Object> stages(StageBreakdown s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("captureAndEncoder", n(s.captureAndEncoderMs()));
    out.put("uplink", n(s.uplinkMs()));
    out.put("serverDwell", n(s.serverDwellMs()));
    out.put("downlink", n(s.downlinkMs()));
    out.put("jitterBuffer", n(s.jitterBufferMs()));
    out.put("decoderAndPlayout", n(s.decoderAndPlayoutMs()));
    out.put("rtpTimestampLatency", n(s.rtpLatencyMs()));
    out.put("crossCheckAgrees", s.crossCheckAgrees());
    out.put("packets", s.packets());
    return out;
  }

  private static Map<String, Object> reported(List<ReportedQuality.Sample> samples) {
    List<ReportedQuality.Sample> known = samples.stream().filter(s -> s.mos() >= 0).toList();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mos", known.isEmpty() ? null : n(mean(known, true)));
    out.put("packetLostRate", known.isEmpty() ? null : n(mean(known, false)));
    out.put("callbacks", samples.size());
    return out;
  }

  private static double mean(List<ReportedQuality.Sample> samples, boolean mos) {
    return samples.stream()
        .mapToDouble(s -> mos ? s.mos() : s.packetLostRate())
        .average()
        .orElse(Double.NaN);
  }

  private static BigDecimal n(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? null
        : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
