package io.earshot.simulator.audio;

import java.util.Optional;

/**
 * Where reports find the raw audio of a scenario: what a publisher sent and what a listener played,
 * as 48 kHz mono 16-bit PCM ({@link PcmFormat}). Reports cut WAV clips from it (the worst
 * listener's sent and played audio, a clip around each break); when nothing was recorded they
 * attach none. Install a source with {@code Simulation.pcmRecordings(source)}.
 */
public interface PcmRecordings {
  /** Recordings that hold nothing: the default. */
  PcmRecordings NONE =
      new PcmRecordings() {
        @Override
        public Optional<PcmTrack> sent(String publisher) {
          return Optional.empty();
        }

        @Override
        public Optional<PcmTrack> played(String listener, String streamId) {
          return Optional.empty();
        }
      };

  /** What {@code publisher} captured and sent (its published audio), if recorded. */
  Optional<PcmTrack> sent(String publisher);

  /** What {@code listener} played of {@code streamId}, if recorded. */
  Optional<PcmTrack> played(String listener, String streamId);
}
