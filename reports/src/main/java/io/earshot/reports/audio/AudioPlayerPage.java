package io.earshot.reports.audio;

import java.util.Base64;
import java.util.List;

/**
 * One HTML page that plays a scenario's clips: Allure 2 previews no audio attachment, but shows an
 * HTML attachment in a frame, where an {@code <audio>} element with the WAV inline plays it.
 */
public final class AudioPlayerPage {
  private AudioPlayerPage() {}

  /** The page, each clip under its label. */
  public static String html(List<AudioClip> clips) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>audio</title>")
        .append("<style>body{font:13px sans-serif;margin:8px}div{margin:6px 0}</style>")
        .append("</head><body>\n");
    for (AudioClip clip : clips) {
      out.append("<div class=\"clip\"><div>")
          .append(escape(clip.label()))
          .append("</div><audio controls preload=\"metadata\" src=\"data:audio/wav;base64,")
          .append(Base64.getEncoder().encodeToString(clip.wav()))
          .append("\"></audio></div>\n");
    }
    return out.append("</body></html>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
