package io.earshot.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.CorruptPayloadException;
import io.earshot.engine.codec.ForwardingAudioDecoder;
import io.earshot.engine.codec.ForwardingAudioEncoder;
import io.earshot.netem.Direction;
import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.capture.CapturedDatagram;
import io.earshot.simulator.capture.MediaCapture;
import io.earshot.simulator.dsl.ExpectedCallback;
import io.earshot.simulator.dsl.ScenarioDsl;
import io.earshot.simulator.quality.SourceCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A simulated call whose codecs work ahead sends exactly the datagrams, at exactly the times, and
 * plays exactly the audio of the same call encoded and decoded in order: speech (with its quiet
 * stretches), a tone with chirp markers, and uplink loss that switches in-band FEC on mid-call (so
 * that concealment and FEC undo decoded guesses).
 */
class LookaheadSimulationTest {
  private static final long SECOND = 1_000_000_000L;

  /** Opus whose encoders and decoders cannot save their state, so nothing is done ahead. */
  private static final class InOrderOpus implements AudioCodecFactory {
    private final AudioCodecFactory opus = AudioCodecFactory.opus();

    @Override
    public AudioEncoder newEncoder() {
      return new ForwardingAudioEncoder(opus.newEncoder()) {};
    }

    @Override
    public AudioDecoder newDecoder() {
      return new ForwardingAudioDecoder(opus.newDecoder()) {};
    }
  }

  /** Opus that counts the frames encoded and decoded on the workers. */
  private static final class CountingOpus implements AudioCodecFactory {
    private final AudioCodecFactory opus = AudioCodecFactory.opus();
    final AtomicInteger ahead = new AtomicInteger();
    final AtomicInteger decodedAhead = new AtomicInteger();

    @Override
    public AudioEncoder newEncoder() {
      return new ForwardingAudioEncoder(opus.newEncoder(), true) {
        @Override
        public byte[] encode(short[] pcm960) {
          if (onWorker()) {
            ahead.incrementAndGet();
          }
          return delegate.encode(pcm960);
        }
      };
    }

    @Override
    public AudioDecoder newDecoder() {
      return new ForwardingAudioDecoder(opus.newDecoder(), true) {
        @Override
        public short[] decode(byte[] payload) throws CorruptPayloadException {
          if (onWorker()) {
            decodedAhead.incrementAndGet();
          }
          return delegate.decode(payload);
        }
      };
    }

    private static boolean onWorker() {
      return Thread.currentThread().getName().startsWith("earshot-codec");
    }
  }

  private static List<String> call(AudioCodecFactory codecs) {
    try (Simulation sim = Simulation.create(TimeMode.SIMULATED, 11, 0)) {
      sim.codecs(new SteadySilenceCodecs(codecs));
      sim.captureMedia();
      sim.recordAudio();
      ScenarioDsl dsl = new ScenarioDsl(sim);
      sim.addUser("alice", "alice").link().setRandomLoss(Direction.UPLINK, 0.08);
      sim.addUser("bob", "bob");
      dsl.logsIn("alice", "room");
      dsl.logsIn("bob", "room");
      dsl.receivesWithin("bob", ExpectedCallback.of("onRoomStateChanged", "LOGINED"), 5 * SECOND);
      dsl.publishes("alice", "s1", SourceCatalog.speech(0));
      dsl.publishesTone("bob", "s2", 660);
      dsl.plays("bob", "s1");
      dsl.plays("alice", "s2");
      dsl.timePasses(12 * SECOND);
      List<String> sent = new ArrayList<>();
      for (MediaCapture capture : sim.captures()) {
        for (CapturedDatagram d : capture.datagrams()) {
          sent.add(
              capture.user() + " " + d.epochNanos() + " " + HexFormat.of().formatHex(d.data()));
        }
      }
      sent.add(sim.renderTimelines());
      for (String[] pair : new String[][] {{"bob", "s1"}, {"alice", "s2"}}) {
        PcmTrack played = sim.pcmRecordings().played(pair[0], pair[1]).orElseThrow();
        sent.add(
            pair[0] + " played " + played.startNanos() + " " + Arrays.hashCode(played.samples()));
      }
      return sent;
    }
  }

  @Test
  void workingAheadSendsAndPlaysTheSameBytesAtTheSameTimes() {
    List<String> inOrder = call(new InOrderOpus());
    CountingOpus counting = new CountingOpus();
    List<String> ahead = call(counting);
    assertTrue(inOrder.size() > 2000, "datagrams captured: " + inOrder.size());
    // How many the workers win from the main thread depends on the machine's load; that they do
    // at all, and change nothing, is the point (the unit tests count exactly).
    assertTrue(counting.ahead.get() > 0, "frames encoded ahead: " + counting.ahead.get());
    assertTrue(
        counting.decodedAhead.get() > 0, "frames decoded ahead: " + counting.decodedAhead.get());
    assertEquals(inOrder.size(), ahead.size());
    for (int i = 0; i < inOrder.size(); i++) {
      assertEquals(inOrder.get(i), ahead.get(i), "datagram " + i);
    }
  }
}
