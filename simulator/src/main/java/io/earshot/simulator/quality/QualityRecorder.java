package io.earshot.simulator.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a scenario's audio measurements need, recorded as the call goes: each published
 * stream's sent audio, each listener's played audio of each stream (both on the scenario clock),
 * the packets seen on the links, and the quality the engines reported. Frames arrive on engine
 * threads; reads come from the scenario's thread.
 */
public final class QualityRecorder implements AutoCloseable {
  private final AudioKeeping keeping;
  private final Map<String, SentStream> sent = new HashMap<>();
  private final Map<PairKey, AudioTrack> played = new HashMap<>();
  private final PacketLog packets = new PacketLog();
  private final ReportedQualityLog reported = new ReportedQualityLog();
  private Path spoolFolder;

  /** A recorder that keeps 48 kHz audio unless {@code keeping} is {@link AudioKeeping#NONE}. */
  public QualityRecorder(AudioKeeping keeping) {
    this.keeping = keeping;
  }

  public AudioKeeping keeping() {
    return keeping;
  }

  /** One frame {@code publisher} captured for {@code streamId} at scenario time {@code nanos}. */
  public void onCaptured(String publisher, String streamId, short[] frame, long nanos) {
    SentStream stream;
    synchronized (this) {
      stream = sent.get(streamId);
      if (stream == null || !stream.publisher().equals(publisher)) {
        if (stream != null) {
          stream.close();
        }
        stream = new SentStream(streamId, publisher, nanos, spool());
        sent.put(streamId, stream);
      }
    }
    stream.onFrame(frame, nanos);
  }

  /** One frame {@code listener} played of {@code streamId} at scenario time {@code nanos}. */
  public void onPlayed(String listener, String streamId, short[] frame, long nanos) {
    AudioTrack track;
    synchronized (this) {
      PairKey key = new PairKey(listener, streamId);
      track = played.get(key);
      if (track == null) {
        SentStream s = sent.get(streamId);
        long origin = s == null ? nanos : s.track().originNanos();
        track = new AudioTrack(origin, spool(), listener + "--" + streamId);
        played.put(key, track);
      }
    }
    track.append(frame, nanos);
  }

  public synchronized Optional<SentStream> sent(String streamId) {
    return Optional.ofNullable(sent.get(streamId));
  }

  public synchronized Optional<AudioTrack> played(String listener, String streamId) {
    return Optional.ofNullable(played.get(new PairKey(listener, streamId)));
  }

  /** Every pair that played audio, by listener then stream. */
  public synchronized List<PairKey> pairs() {
    List<PairKey> keys = new ArrayList<>(played.keySet());
    keys.sort(Comparator.naturalOrder());
    return keys;
  }

  /** Every published stream, by stream ID. */
  public synchronized List<SentStream> sentStreams() {
    List<SentStream> streams = new ArrayList<>(sent.values());
    streams.sort(Comparator.comparing(SentStream::streamId));
    return streams;
  }

  public PacketLog packets() {
    return packets;
  }

  /** Where the engines' quality callbacks are recorded; see {@link ReportedQuality}. */
  public ReportedQualityLog reported() {
    return reported;
  }

  private Optional<Path> spool() {
    if (keeping == AudioKeeping.NONE) {
      return Optional.empty();
    }
    if (spoolFolder == null) {
      try {
        spoolFolder = Files.createTempDirectory("earshot-audio-");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a folder to spool audio in", e);
      }
    }
    return Optional.of(spoolFolder);
  }

  @Override
  public synchronized void close() {
    sent.values().forEach(SentStream::close);
    played.values().forEach(AudioTrack::close);
    if (spoolFolder != null) {
      try {
        Files.deleteIfExists(spoolFolder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + spoolFolder, e);
      }
    }
  }
}
