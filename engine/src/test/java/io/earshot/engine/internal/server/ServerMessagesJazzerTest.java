package io.earshot.engine.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.signaling.ProtocolException;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Hello;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.PeerHandler;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.server.SignalingPeer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Fuzz target for the in-memory server at the message level: a script of signaling messages,
 * datagrams and clock moves from two connections must never make the server throw, never make it
 * send a message that does not decode, never hit its "internal error" path (a handler that threw),
 * and must leave an ordinary login working afterwards.
 *
 * <p>The input is read line by line; the first byte of a line says what the rest is:
 *
 * <ul>
 *   <li>{@code M} the rest (UTF-8) is a signaling message from the current connection;
 *   <li>{@code L} a valid AppSign login as user {@code u<c>} to room {@code r<d>}, where {@code c}
 *       and {@code d} are the next two bytes (so the fuzzer gets past authentication);
 *   <li>{@code B} a bind datagram with the current connection's last media token;
 *   <li>{@code D} the rest (raw bytes) is a datagram from the current connection's media address;
 *   <li>{@code T} the rest is a number of milliseconds (at most 2 minutes) to advance the clock;
 *   <li>{@code C} the current connection closes, and a new one opens in its place;
 *   <li>{@code S} switches between the two connections.
 * </ul>
 *
 * Seeds are such scripts in {@code ServerMessagesJazzerTestInputs/script/}.
 */
class ServerMessagesJazzerTest {
  private static final AppConfig APP = AppConfig.DEFAULT;
  private static final long MAX_ADVANCE_MILLIS = 120_000;

  @FuzzTest
  void script(byte[] input) {
    VirtualScheduler scheduler = new VirtualScheduler();
    EarshotServer server =
        EarshotServer.inMemory(ServerConfig.defaults(), scheduler, (to, d) -> {});
    try {
      Peer[] peers = {new Peer(server, 1), new Peer(server, 2)};
      int current = 0;
      for (byte[] line : lines(input)) {
        Peer peer = peers[current];
        peer.reopenIfClosed();
        if (line.length == 0) {
          continue;
        }
        byte[] rest = Arrays.copyOfRange(line, 1, line.length);
        switch (line[0]) {
          case 'M' -> peer.handler.onMessage(new String(rest, StandardCharsets.UTF_8));
          case 'L' -> peer.login(rest);
          case 'B' -> server.onDatagram(peer.mediaAddress, peer.bind());
          case 'D' -> server.onDatagram(peer.mediaAddress, rest);
          case 'T' -> scheduler.advanceMillis(millis(rest));
          case 'C' -> peer.closeAndReopen();
          case 'S' -> current = 1 - current;
          default -> {}
        }
        scheduler.runUntilIdle();
      }

      // Whatever happened before, a new user can still log in.
      Peer checker = new Peer(server, 3);
      checker.send(login(checker, "checker", "check-room", 1));
      scheduler.runUntilIdle();
      LoginResult result = checker.last(LoginResult.class);
      assertEquals(0, result.code(), "an ordinary login after the script");
      assertEquals(
          0L,
          server.counters().getOrDefault("messages.internal_error", 0L),
          "a request handler threw (the server answered with an inner error)");
    } finally {
      server.close();
    }
  }

  private static Login login(Peer peer, String user, String room, long seq) {
    return new Login(
        seq,
        APP.appId(),
        room,
        new WireUser(user, user),
        0,
        true,
        "",
        AppSignProof.compute(APP.appSign(), peer.nonce, APP.appId(), user, room));
  }

  private static long millis(byte[] digits) {
    long ms = 0;
    for (byte b : digits) {
      if (b < '0' || b > '9') {
        break;
      }
      ms = Math.min(MAX_ADVANCE_MILLIS, ms * 10 + (b - '0'));
    }
    return ms;
  }

  private static List<byte[]> lines(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        lines.add(Arrays.copyOfRange(input, start, i));
        start = i + 1;
      }
    }
    return lines;
  }

  /** One client connection: keeps what the server sends, which must always decode. */
  private static final class Peer implements SignalingPeer {
    private final EarshotServer server;
    private final InetSocketAddress mediaAddress;
    private final List<SignalingMessage> inbox = new ArrayList<>();
    private PeerHandler handler;
    private String nonce;
    private boolean closedByServer;
    private long seq = 1;
    private long mediaToken;
    private byte[] mediaSecret = new byte[BindPacket.SECRET_BYTES];
    private long bindCounter;

    Peer(EarshotServer server, int host) {
      this.server = server;
      try {
        mediaAddress =
            new InetSocketAddress(
                InetAddress.getByAddress(new byte[] {10, 9, 0, (byte) host}), 7000);
      } catch (UnknownHostException e) {
        throw new AssertionError(e);
      }
      open();
    }

    private void open() {
      inbox.clear();
      closedByServer = false;
      handler = server.connect(this);
      assertTrue(!inbox.isEmpty(), "the server greets every connection");
      nonce = assertInstanceOf(Hello.class, inbox.get(0)).nonce();
    }

    /** The next bind of this peer's session (a valid proof, a growing counter). */
    byte[] bind() {
      return RtcpCompoundCodec.encode(BindPacket.encode(mediaToken, ++bindCounter, mediaSecret));
    }

    void reopenIfClosed() {
      if (closedByServer) {
        handler.onClosed();
        open();
      }
    }

    void closeAndReopen() {
      handler.onClosed();
      open();
    }

    void login(byte[] args) {
      String user = "u" + (char) (args.length > 0 ? args[0] & 0x7F : '0');
      String room = "r" + (char) (args.length > 1 ? args[1] & 0x7F : '0');
      send(ServerMessagesJazzerTest.login(this, user, room, seq++));
    }

    void send(SignalingMessage message) {
      handler.onMessage(SignalingCodec.encode(message));
    }

    <T extends SignalingMessage> T last(Class<T> type) {
      for (int i = inbox.size() - 1; i >= 0; i--) {
        if (type.isInstance(inbox.get(i))) {
          return type.cast(inbox.get(i));
        }
      }
      throw new AssertionError("no " + type.getSimpleName() + " in " + inbox);
    }

    @Override
    public void send(String message) {
      SignalingMessage decoded;
      try {
        decoded = SignalingCodec.decode(message);
      } catch (ProtocolException e) {
        throw new AssertionError("the server sent a message that does not decode: " + message, e);
      }
      if (decoded instanceof LoginResult r && r.code() == 0) {
        mediaToken = r.mediaToken();
        mediaSecret = HexFormat.of().parseHex(r.mediaSecret());
      }
      if (inbox.size() < 1_000) {
        inbox.add(decoded);
      }
    }

    @Override
    public void close() {
      closedByServer = true;
    }

    @Override
    public String describe() {
      return "fuzz peer " + mediaAddress;
    }
  }
}
