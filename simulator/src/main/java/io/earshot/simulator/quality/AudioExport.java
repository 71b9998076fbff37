package io.earshot.simulator.quality;

import io.earshot.simulator.measure.WavWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the calls' audio as WAV files (48 kHz mono 16-bit, the whole call on the scenario clock
 * from the stream's first frame, so a played file is offset by its latency, not pre-aligned):
 * {@code <publisher>--<stream>.sent.wav} and {@code <listener>--<stream>.played.wav} in one folder
 * per scenario.
 */
public final class AudioExport {
  /**
   * The files of one pair, relative to the results folder.
   *
   * @param sent the stream as sent
   * @param played the stream as the listener played it
   */
  public record PairFiles(String sent, String played) {}

  private AudioExport() {}

  /**
   * Writes what {@code keeping} asks for into {@code folder} and returns each written pair's paths
   * relative to {@code root}.
   */
  public static Map<PairKey, PairFiles> write(
      QualityRecorder recorder, List<PairMeasurement> pairs, Path root, Path folder)
      throws IOException {
    Map<PairKey, PairFiles> written = new LinkedHashMap<>();
    if (recorder.keeping() == AudioKeeping.NONE || pairs.isEmpty()) {
      return written;
    }
    List<PairMeasurement> chosen =
        recorder.keeping() == AudioKeeping.ALL ? pairs : List.of(worst(pairs));
    Files.createDirectories(folder);
    for (PairMeasurement m : chosen) {
      Optional<SentStream> sent = recorder.sent(m.pair().streamId());
      Optional<AudioTrack> played = recorder.played(m.pair().listener(), m.pair().streamId());
      if (sent.isEmpty() || played.isEmpty()) {
        continue;
      }
      Path sentFile = folder.resolve(m.publisher() + "--" + m.pair().streamId() + ".sent.wav");
      Path playedFile =
          folder.resolve(m.pair().listener() + "--" + m.pair().streamId() + ".played.wav");
      if (!Files.exists(sentFile)) {
        WavWriter.write(sentFile, sent.get().track().samples48k());
      }
      WavWriter.write(playedFile, played.get().samples48k());
      written.put(m.pair(), new PairFiles(relative(root, sentFile), relative(root, playedFile)));
    }
    return written;
  }

  /** The pair with the lowest measured MOS; without any MOS, the one with the most breaks. */
  static PairMeasurement worst(List<PairMeasurement> pairs) {
    return pairs.stream()
        .filter(m -> !Double.isNaN(m.mosMean()))
        .min(Comparator.comparingDouble(PairMeasurement::mosMean))
        .orElseGet(
            () ->
                pairs.stream()
                    .max(Comparator.comparingInt((PairMeasurement m) -> m.breaks().size()))
                    .orElseThrow());
  }

  private static String relative(Path root, Path file) {
    return root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }
}
