package io.earshot.engine;

/**
 * A published stream's quality over the last 3 s (contract §4.1). The video fields are always 0
 * (the engine is audio-only).
 *
 * @param audioCaptureFPS audio frames captured per second (20 ms frames: nominal 50)
 * @param audioSendFPS audio frames sent per second
 * @param audioKBPS RTP header and payload kilobits sent per second (IP and UDP excluded)
 * @param rtt client ↔ server round trip from RTCP, ms
 * @param packetLostRate uplink loss the server reported (before recovery), 0.0–1.0
 * @param level the band of the publisher's E-model estimate
 * @param totalSendBytes bytes sent since the stream started
 * @param audioSendBytes audio bytes sent since the stream started (equal for audio-only)
 */
public record PublishStreamQuality(
    double audioCaptureFPS,
    double audioSendFPS,
    double audioKBPS,
    int rtt,
    double packetLostRate,
    StreamQualityLevel level,
    long totalSendBytes,
    long audioSendBytes) {

  public double videoCaptureFPS() {
    return 0;
  }

  public double videoEncodeFPS() {
    return 0;
  }

  public double videoSendFPS() {
    return 0;
  }

  public double videoKBPS() {
    return 0;
  }

  public long videoSendBytes() {
    return 0;
  }

  public boolean isHardwareEncode() {
    return false;
  }
}
