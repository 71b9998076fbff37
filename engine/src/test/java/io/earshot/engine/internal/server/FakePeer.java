package io.earshot.engine.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.signaling.ProtocolException;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.*;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.SignalingPeer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake client connection to an in-memory server, for tests: sends messages as a client would and
 * keeps (decoded) what the server sends it. Its media address is 10.2.0.{@code host}:7000.
 */
final class FakePeer implements SignalingPeer {
  private static final AppConfig APP = AppConfig.DEFAULT;

  final String name;
  final List<SignalingMessage> inbox = new ArrayList<>();
  final InetSocketAddress mediaAddress;
  private final EarshotServer server;
  private final PeerHandler handler;
  private final String nonce;
  long seq = 1;
  private long mediaToken;

  FakePeer(EarshotServer server, String name, int host) {
    this.server = server;
    this.name = name;
    try {
      mediaAddress =
          new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, 2, 0, (byte) host}), 7000);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
    handler = server.connect(this);
    nonce = assertInstanceOf(Hello.class, inbox.remove(0)).nonce();
  }

  @Override
  public void send(String message) {
    try {
      inbox.add(SignalingCodec.decode(message));
    } catch (ProtocolException e) {
      throw new AssertionError("the server sent a malformed message: " + message, e);
    }
  }

  @Override
  public void close() {}

  @Override
  public String describe() {
    return "fake " + name;
  }

  void send(SignalingMessage m) {
    handler.onMessage(SignalingCodec.encode(m));
  }

  void sendText(String text) {
    handler.onMessage(text);
  }

  /**
   * Sends a valid login to {@code roomId} as {@code name}; the inbox keeps what the server answers.
   */
  void login(String roomId) {
    send(
        new Login(
            seq++,
            APP.appId(),
            roomId,
            new WireUser(name, name),
            0,
            true,
            "",
            AppSignProof.compute(APP.appSign(), nonce, APP.appId(), name, roomId)));
  }

  /** Logs in to {@code roomId} as {@code name}, binds the media address and clears the inbox. */
  FakePeer in(String roomId) {
    login(roomId);
    LoginResult r = last(LoginResult.class);
    assertEquals(0, r.code(), "login of " + name);
    mediaToken = r.mediaToken();
    server.onDatagram(mediaAddress, TestBinds.bind(mediaToken, 1, r.mediaSecret()));
    inbox.clear();
    return this;
  }

  <T extends SignalingMessage> List<T> all(Class<T> type) {
    return inbox.stream().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends SignalingMessage> T last(Class<T> type) {
    List<T> all = all(type);
    assertFalse(all.isEmpty(), name + " got no " + type.getSimpleName() + ": " + inbox);
    return all.get(all.size() - 1);
  }
}
