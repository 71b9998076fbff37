package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.signaling.ProtocolException;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import io.earshot.engine.random.RandomBytes;
import io.earshot.engine.random.SeededRandom;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.server.DatagramOutput;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.SignalingPeer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's signaling logic, assembled from one unit per concern: sessions and their liveness
 * ({@link SessionRegistry}), authentication ({@link LoginAuthenticator}), rooms and membership
 * ({@link RoomMembership}), the stream directory, tokens, mutes and the media relay. Requests are
 * decoded here and routed by type ({@link RequestRouter}). Transport-agnostic: a binding hands it
 * connections and messages, always on the server's scheduler, so no state here needs a lock.
 * Whatever a client sends is validated again; a bad message is refused and counted and never
 * disturbs another session.
 */
public final class RoomServer {
  private static final Logger LOG = LoggerFactory.getLogger(RoomServer.class);

  private volatile ServerConfig config;
  private final Scheduler scheduler;
  private final ServerCounters counters = new ServerCounters();
  private final RelayControl relayControl;
  private final RoomMembership membership;
  private final SessionRegistry sessions;
  private final RequestHandler requests;
  private final Cancellable keepalives;

  /** How often the relay tells every bound client that its media path works. */
  private static final long KEEPALIVE_NANOS = 1_000_000_000L;

  /**
   * A server on one scheduler whose secrets come from the configuration's seed (simulated time).
   */
  public RoomServer(ServerConfig config, Scheduler scheduler, DatagramOutput mediaOutput) {
    this(
        config, scheduler, scheduler, mediaOutput, seededSecrets(config), UnaryOperator.identity());
  }

  /**
   * @param scheduler runs signaling
   * @param mediaScheduler runs the media relay (the same scheduler in simulated time)
   * @param secrets nonces and media secrets: secure in real time, seeded in simulated time
   */
  public RoomServer(
      ServerConfig config,
      Scheduler scheduler,
      Scheduler mediaScheduler,
      DatagramOutput mediaOutput,
      RandomBytes secrets) {
    this(config, scheduler, mediaScheduler, mediaOutput, secrets, UnaryOperator.identity());
  }

  /**
   * @param stages wraps the request router in further stages (a test puts a faulty one in front)
   */
  RoomServer(
      ServerConfig config,
      Scheduler scheduler,
      Scheduler mediaScheduler,
      DatagramOutput mediaOutput,
      RandomBytes secrets,
      UnaryOperator<RequestHandler> stages) {
    this.config = config;
    this.scheduler = scheduler;
    SeededRandom random = new SeededRandom(config.seed()).split("server");
    MediaRelay relay = new MediaRelay(mediaOutput, counters, mediaScheduler);
    this.keepalives =
        mediaScheduler.scheduleAtFixedRate(relay::sendReports, KEEPALIVE_NANOS, KEEPALIVE_NANOS);
    this.relayControl = new RelayControl(relay, mediaScheduler);
    StreamDirectory streams = new StreamDirectory(relayControl);
    this.membership = new RoomMembership(streams, relayControl);
    this.sessions = new SessionRegistry(scheduler, secrets, this::config, counters, membership);
    TokenTimers tokenTimers = new TokenTimers(scheduler, counters, membership);
    LoginAuthenticator authenticator = new LoginAuthenticator(this::config, scheduler);
    RequestRouter router =
        new RequestRouter(
            counters,
            List.of(
                new LoginRequests(
                        this::config,
                        random,
                        counters,
                        authenticator,
                        membership,
                        streams,
                        relayControl,
                        secrets,
                        tokenTimers,
                        scheduler)
                    .routes(),
                new SessionRequests(membership, relayControl).routes(),
                new StreamRequests(this::config, streams, counters).routes(),
                new MuteRequests(streams, counters).routes(),
                new TokenRequests(this::config, scheduler, counters, tokenTimers).routes()));
    this.requests = stages.apply(new RequestLimits(router, this::config, scheduler, counters));
  }

  /** Secrets from the seed: only for simulated time, where the whole world is one process. */
  public static RandomBytes seededSecrets(ServerConfig config) {
    return RandomBytes.from(new SeededRandom(config.seed()).split("secrets"));
  }

  private ServerConfig config() {
    return config;
  }

  /** A datagram from a client for the media relay (call on the media scheduler). */
  public void onDatagram(InetSocketAddress from, byte[] datagram) {
    relayControl.onDatagram(from, datagram);
  }

  public ServerCounters counters() {
    return counters;
  }

  /** A new connection: greets it with a nonce and returns the handler the binding feeds. */
  public PeerHandler connect(SignalingPeer peer) {
    ServerSession opened = sessions.open(peer);
    return new PeerHandler() {
      @Override
      public void onMessage(String message) {
        ServerSession session = opened.current();
        if (session.peer != peer) {
          // An older connection of a session that was resumed elsewhere.
          counters.increment("messages.stale_connection");
          return;
        }
        handle(session, message);
      }

      @Override
      public void onClosed() {
        sessions.closed(opened.current(), peer);
      }
    };
  }

  /**
   * The admin API's kick-out: the user's session ends with {@code KICK_OUT 1002055}; others see its
   * streams DELETEd (code 4) and then the user. Returns whether such a user was logged in.
   */
  public boolean adminKickOut(long appId, String userId) {
    ServerSession session = membership.sessionOf(appId, userId);
    if (session == null) {
      return false;
    }
    counters.increment("admin.kick_outs");
    membership.kick(session, ErrorCode.ROOM_MANUAL_KICKED_OUT, 4, true);
    return true;
  }

  /**
   * Replaces the configuration of a running server: apps, limits and whether tokens are required
   * apply to logins and rooms from now on; existing sessions and rooms keep what they have.
   */
  public void reconfigure(ServerConfig newConfig) {
    this.config = newConfig;
  }

  /** Stops timers; connections are the binding's to close. */
  public void shutdown() {
    sessions.stop();
    keepalives.cancel();
  }

  private void handle(ServerSession session, String text) {
    if (session.phase == ServerSession.Phase.GONE) {
      counters.increment("messages.after_session_end");
      return;
    }
    // Only a logged-in session earns time by talking: one that never logs in is closed at the
    // pre-login timeout after it connected (or logged out), whatever it sends meanwhile.
    boolean wasLoggedIn = session.phase == ServerSession.Phase.LOGGED_IN;
    if (wasLoggedIn) {
      session.lastHeardNanos = scheduler.nanoTime();
    }
    SignalingMessage message;
    try {
      message = SignalingCodec.decode(text);
    } catch (ProtocolException e) {
      counters.increment("messages.malformed");
      session.send(new Error(0, ProtocolCodes.BAD_MESSAGE, e.getMessage()));
      return;
    }
    counters.increment("messages." + message.type());
    try {
      requests.handle(session, message);
    } catch (RuntimeException e) {
      // A bug here must not take the server down or leave the client waiting: answer with the
      // contract's "inner error" for the request and keep serving everyone else.
      LOG.warn("{}: {} failed", session, message.type(), e);
      counters.increment("messages.internal_error");
      session.send(InnerErrors.answerFor(message));
    }
    if (!wasLoggedIn && session.phase == ServerSession.Phase.LOGGED_IN) {
      session.lastHeardNanos = scheduler.nanoTime();
    }
  }
}
