package io.earshot.simulator;

import io.earshot.simulator.audio.AudioSource;
import java.util.LinkedHashMap;
import java.util.Map;

/** Who published which stream with which audio in a scenario, for "hears" assertions. */
final class PublishedStreams {
  private final Map<String, AudioSource> audio = new LinkedHashMap<>();
  private final Map<String, String> lastPublisher = new LinkedHashMap<>();

  void publishedBy(String streamId, String userName, AudioSource source) {
    audio.put(streamId, source);
    lastPublisher.put(streamId, userName);
  }

  AudioSource audioOf(String streamId) {
    AudioSource source = audio.get(streamId);
    if (source == null) {
      throw new ScenarioFailure(
          "nobody in this scenario published stream \""
              + streamId
              + "\"; published: "
              + (audio.isEmpty() ? "none" : String.join(", ", audio.keySet())));
    }
    return source;
  }

  /** The name of the user who last started publishing {@code streamId}. */
  String lastPublisherOf(String streamId) {
    String name = lastPublisher.get(streamId);
    if (name == null) {
      throw new ScenarioFailure("nobody in this scenario published stream \"" + streamId + "\"");
    }
    return name;
  }
}
