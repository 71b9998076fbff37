package io.earshot.engine;

/**
 * A played stream's quality over the last 3 s (contract §4.2), computed as quality-metrics §7.2
 * says. The video fields are always 0.
 *
 * @param audioRecvFPS audio frames received from the network per second
 * @param audioDejitterFPS frames leaving the jitter buffer per second
 * @param audioDecodeFPS frames decoded per second (concealed frames excluded)
 * @param audioRenderFPS frames played out per second (concealment included; nominal 50)
 * @param audioKBPS RTP kilobits received per second
 * @param audioBreakRate breaks that started in the interval, per 10 s
 * @param mos −1 (unknown) or the engine's E-model estimate on the wideband scale, 1.0–4.5
 * @param rtt server ↔ client round trip, ms
 * @param packetLostRate loss on the server → player hop, before recovery, 0.0–1.0
 * @param peerToPeerDelay one-way network delay publisher → player, ms
 * @param peerToPeerPacketLostRate end-to-end loss before recovery, 0.0–1.0
 * @param level the band of {@code mos}
 * @param delay time from receive to playout (jitter buffer and decode), ms
 * @param totalRecvBytes bytes received since the play started
 * @param audioRecvBytes audio bytes received (equal for audio-only)
 * @param audioCumulativeBreakCount breaks since the play started
 * @param audioCumulativeBreakTime total break time since the play started, ms
 * @param audioCumulativeBreakRate break time / play time × 100
 * @param audioCumulativeDecodeTime total duration of decoded (non-concealed) audio, ms
 * @param muteAudio 1 while the remote publisher's audio is muted
 */
public record PlayStreamQuality(
    double audioRecvFPS,
    double audioDejitterFPS,
    double audioDecodeFPS,
    double audioRenderFPS,
    double audioKBPS,
    double audioBreakRate,
    double mos,
    int rtt,
    double packetLostRate,
    int peerToPeerDelay,
    double peerToPeerPacketLostRate,
    StreamQualityLevel level,
    int delay,
    long totalRecvBytes,
    long audioRecvBytes,
    long audioCumulativeBreakCount,
    long audioCumulativeBreakTime,
    double audioCumulativeBreakRate,
    long audioCumulativeDecodeTime,
    int muteAudio) {

  public int avTimestampDiff() {
    return 0;
  }

  public double videoRecvFPS() {
    return 0;
  }

  public double videoKBPS() {
    return 0;
  }

  public boolean isHardwareDecode() {
    return false;
  }

  public int muteVideo() {
    return 0;
  }
}
