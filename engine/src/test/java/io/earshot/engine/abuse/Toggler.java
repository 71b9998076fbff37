package io.earshot.engine.abuse;

import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Publish;
import io.earshot.engine.internal.signaling.SignalingMessage.StopPublish;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A logged-in member that publishes and stops a stream as fast as the server answers: each publish
 * makes every other member of the room receive a stream_update ADD, each stop a DELETE. It reads
 * its own answers (it is not a slow reader) and keeps at most {@link #WINDOW} requests unanswered,
 * so it loads the server at the rate the server sustains rather than queueing megabytes in the
 * kernel.
 */
final class Toggler implements AutoCloseable {
  private static final int WINDOW = 200;
  private static final int CHUNK = 50;

  private final RawWebSocket ws;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicLong answeredSeq = new AtomicLong();
  private final AtomicLong toggles = new AtomicLong();
  private final AtomicLong bytesWritten = new AtomicLong();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private CompletableFuture<Void> writer;
  private CompletableFuture<Void> reader;

  Toggler(RawWebSocket loggedIn) {
    this.ws = loggedIn;
  }

  /** Starts toggling until {@code maxToggles} or {@link #close()}. */
  Toggler start(long maxToggles) {
    reader =
        CompletableFuture.runAsync(
            () -> {
              try {
                while (!stop.get()) {
                  try {
                    String text = ws.readText(200);
                    if (text == null) {
                      return;
                    }
                    long seq = RawWebSocket.decode(text).seq();
                    answeredSeq.accumulateAndGet(seq, Math::max);
                  } catch (SocketTimeoutException e) {
                    // Keep reading.
                  }
                }
              } catch (IOException e) {
                // The server closed the connection.
              }
            },
            threads);
    writer =
        CompletableFuture.runAsync(
            () -> {
              long lastSeq = 0;
              try {
                while (!stop.get() && toggles.get() < maxToggles) {
                  ByteArrayOutputStream chunk = new ByteArrayOutputStream();
                  for (int i = 0; i < CHUNK / 2; i++) {
                    chunk.writeBytes(frame(new Publish(lastSeq = ws.nextSeq(), "toggle", 0x1234)));
                    chunk.writeBytes(frame(new StopPublish(ws.nextSeq(), "toggle")));
                  }
                  ws.sendRaw(chunk.toByteArray());
                  bytesWritten.addAndGet(chunk.size());
                  toggles.addAndGet(CHUNK / 2);
                  // Flow control: the last publish of the chunk before last must be answered.
                  long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                  while (!stop.get()
                      && answeredSeq.get() < lastSeq - WINDOW
                      && System.nanoTime() < deadline) {
                    synchronized (answeredSeq) {
                      answeredSeq.wait(1);
                    }
                  }
                }
              } catch (IOException e) {
                // The server closed the connection.
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            threads);
    return this;
  }

  private static byte[] frame(SignalingMessage m) {
    return RawWebSocket.frame(0x1, true, SignalingCodec.encode(m).getBytes(StandardCharsets.UTF_8));
  }

  long toggles() {
    return toggles.get();
  }

  long bytesWritten() {
    return bytesWritten.get();
  }

  /** Waits for the writer to finish its toggles (or to be stopped). */
  void awaitWritten(long timeoutSeconds) throws Exception {
    writer.get(timeoutSeconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    stop.set(true);
    try {
      if (writer != null) {
        writer.get(5, TimeUnit.SECONDS);
        reader.get(5, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("the toggler did not stop", e);
    } finally {
      threads.shutdownNow();
      ws.close();
    }
  }
}
