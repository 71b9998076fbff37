package io.earshot.engine.internal.client;

import io.earshot.engine.internal.signaling.ProtocolException;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.transport.SignalingConnection;
import io.earshot.engine.transport.SignalingListener;
import java.util.function.Consumer;

/**
 * The engine's signaling connection: opened through the transport, every text that arrives is
 * decoded into a typed message for the router (or counted as malformed), every message sent is
 * encoded, and requests are numbered. Events of a connection that was replaced or closed are
 * dropped.
 */
final class SignalingChannel {
  private final ClientContext ctx;
  private final ClientMessageRouter router;
  private final Consumer<String> onLost;
  private final Runnable onFrame;
  private SignalingConnection connection;
  private long nextSeq = 1;

  /**
   * @param onLost the connection ended without the engine closing it; runs on the scheduler
   * @param onFrame a message (any, even a malformed one) arrived from the server
   */
  SignalingChannel(
      ClientContext ctx, ClientMessageRouter router, Consumer<String> onLost, Runnable onFrame) {
    this.ctx = ctx;
    this.router = router;
    this.onLost = onLost;
    this.onFrame = onFrame;
  }

  void open() {
    SignalingConnection[] opened = new SignalingConnection[1];
    opened[0] =
        ctx.env
            .transport()
            .openSignaling(
                new SignalingListener() {
                  @Override
                  public void onOpen() {}

                  @Override
                  public void onMessage(String message) {
                    ctx.scheduler.execute(
                        () -> {
                          if (connection == opened[0]) {
                            receive(message);
                          }
                        });
                  }

                  @Override
                  public void onClosed(String why) {
                    ctx.scheduler.execute(
                        () -> {
                          if (connection == opened[0]) {
                            onLost.accept(why);
                          }
                        });
                  }
                });
    connection = opened[0];
  }

  /** The next request sequence number. */
  long nextSeq() {
    return nextSeq++;
  }

  void send(SignalingMessage message) {
    if (connection != null) {
      connection.send(SignalingCodec.encode(message));
    }
  }

  void close() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  private void receive(String text) {
    onFrame.run();
    SignalingMessage message;
    try {
      message = SignalingCodec.decode(text);
    } catch (ProtocolException e) {
      ctx.counters.malformedMessages++;
      return;
    }
    router.dispatch(message);
  }
}
