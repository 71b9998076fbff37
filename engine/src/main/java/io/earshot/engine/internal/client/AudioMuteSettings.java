package io.earshot.engine.internal.client;

import io.earshot.engine.PublishChannel;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The engine's mute switches (contract §1.2) and what they mean together. Sending: the microphone
 * mute silences capture for every channel; a channel's mute silences only what that channel sends;
 * players are told "muted" when either applies. Receiving: a stream is muted by its own switch or
 * by the global one, and while the global one is on the per-stream switches have no effect (they
 * are kept, and apply again once it is off).
 */
final class AudioMuteSettings {
  private boolean microphone;
  private final Set<PublishChannel> publishChannels = EnumSet.noneOf(PublishChannel.class);
  private final Set<String> playStreams = new HashSet<>();
  private boolean allPlayStreams;

  boolean microphoneMuted() {
    return microphone;
  }

  void muteMicrophone(boolean mute) {
    microphone = mute;
  }

  void mutePublishChannel(PublishChannel channel, boolean mute) {
    if (mute) {
      publishChannels.add(channel);
    } else {
      publishChannels.remove(channel);
    }
  }

  /** Whether the channel itself sends silence (the microphone mute silences capture instead). */
  boolean publishChannelMuted(PublishChannel channel) {
    return publishChannels.contains(channel);
  }

  /** What the players of the channel's stream are told: muted by either switch. */
  boolean publishedAudioMuted(PublishChannel channel) {
    return microphone || publishChannels.contains(channel);
  }

  void mutePlayStream(String streamId, boolean mute) {
    if (mute) {
      playStreams.add(streamId);
    } else {
      playStreams.remove(streamId);
    }
  }

  void muteAllPlayStreams(boolean mute) {
    allPlayStreams = mute;
  }

  boolean receiveMuted(String streamId) {
    return allPlayStreams || playStreams.contains(streamId);
  }
}
