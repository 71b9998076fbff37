package io.earshot.engine.internal.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.PublishChannel;
import org.junit.jupiter.api.Test;

/** What the mute switches mean together (contract §1.2). */
class AudioMuteSettingsTest {
  private final AudioMuteSettings mutes = new AudioMuteSettings();

  @Test
  void microphoneMuteSilencesEveryChannelForPlayersButNotAsAChannelSetting() {
    mutes.muteMicrophone(true);
    for (PublishChannel c : PublishChannel.values()) {
      assertTrue(mutes.publishedAudioMuted(c));
      assertFalse(mutes.publishChannelMuted(c), "capture is silenced instead");
    }
  }

  @Test
  void aChannelMuteConcernsThatChannelOnly() {
    mutes.mutePublishChannel(PublishChannel.AUX, true);
    assertTrue(mutes.publishChannelMuted(PublishChannel.AUX));
    assertTrue(mutes.publishedAudioMuted(PublishChannel.AUX));
    assertFalse(mutes.publishedAudioMuted(PublishChannel.MAIN));
    mutes.mutePublishChannel(PublishChannel.AUX, false);
    assertFalse(mutes.publishedAudioMuted(PublishChannel.AUX));
  }

  @Test
  void muteAllWinsOverPerStreamSettingsWhichAreKeptForLater() {
    mutes.mutePlayStream("s1", true);
    assertTrue(mutes.receiveMuted("s1"));
    assertFalse(mutes.receiveMuted("s2"));
    mutes.muteAllPlayStreams(true);
    mutes.mutePlayStream("s1", false);
    mutes.mutePlayStream("s2", true);
    assertTrue(mutes.receiveMuted("s1"), "per-stream unmute has no effect while all are muted");
    assertTrue(mutes.receiveMuted("s3"));
    mutes.muteAllPlayStreams(false);
    assertFalse(mutes.receiveMuted("s1"));
    assertTrue(mutes.receiveMuted("s2"));
    assertFalse(mutes.receiveMuted("s3"));
  }
}
