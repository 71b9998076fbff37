package io.earshot.engine.abuse;

import io.earshot.engine.internal.auth.AppSignProof;
import io.earshot.engine.internal.signaling.ProtocolException;
import io.earshot.engine.internal.signaling.SignalingCodec;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Hello;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.WireUser;
import io.earshot.engine.server.AppConfig;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * An attacker's WebSocket client on a plain {@link Socket}: every byte is under the test's control
 * (the source address, the receive buffer, the upgrade request, fragments, not reading at all).
 * Client frames are masked as RFC 6455 requires; server frames are read unmasked. Not thread-safe.
 */
final class RawWebSocket implements AutoCloseable {
  static final AppConfig APP = AppConfig.DEFAULT;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private int status;
  private int closeCode = -1;
  private long seq = 1;
  private String nonce;

  /** Bytes of every text message received (for size checks). */
  long bytesReceived;

  private RawWebSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Connection options; the defaults are an ordinary client on 127.0.0.1. */
  record Options(String localIp, int receiveBuffer, String path, String origin) {
    static Options plain() {
      return new Options(null, 0, "/earshot", null);
    }

    Options from(String ip) {
      return new Options(ip, receiveBuffer, path, origin);
    }

    Options receiveBuffer(int bytes) {
      return new Options(localIp, bytes, path, origin);
    }

    Options path(String p) {
      return new Options(localIp, receiveBuffer, p, origin);
    }

    Options origin(String o) {
      return new Options(localIp, receiveBuffer, path, o);
    }
  }

  /** Opens a TCP connection only: no upgrade yet. */
  static RawWebSocket open(InetSocketAddress server, Options o) throws IOException {
    Socket s = new Socket();
    if (o.receiveBuffer() > 0) {
      s.setReceiveBufferSize(o.receiveBuffer());
    }
    if (o.localIp() != null) {
      s.bind(new InetSocketAddress(InetAddress.getByName(o.localIp()), 0));
    }
    s.setTcpNoDelay(true);
    s.connect(server, 5_000);
    return new RawWebSocket(s);
  }

  /** Connects and upgrades; {@link #status()} is the HTTP answer (101 when it worked). */
  static RawWebSocket connect(InetSocketAddress server, Options o) throws IOException {
    RawWebSocket ws = open(server, o);
    ws.upgrade(server, o);
    return ws;
  }

  /** Connects, upgrades and reads the hello (the nonce is kept). */
  static RawWebSocket greeted(InetSocketAddress server, Options o) throws IOException {
    RawWebSocket ws = connect(server, o);
    if (ws.status != 101) {
      throw new IOException("upgrade answered " + ws.status);
    }
    ws.nonce = ((Hello) ws.next(Hello.class::isInstance, 5_000)).nonce();
    return ws;
  }

  private void upgrade(InetSocketAddress server, Options o) throws IOException {
    byte[] key = new byte[16];
    ThreadLocalRandom.current().nextBytes(key);
    StringBuilder req =
        new StringBuilder()
            .append("GET ")
            .append(o.path())
            .append(" HTTP/1.1\r\nHost: ")
            .append(server.getHostString())
            .append(':')
            .append(server.getPort())
            .append("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ")
            .append(Base64.getEncoder().encodeToString(key))
            .append("\r\nSec-WebSocket-Version: 13\r\n");
    if (o.origin() != null) {
      req.append("Origin: ").append(o.origin()).append("\r\n");
    }
    req.append("\r\n");
    sendRaw(req.toString().getBytes(StandardCharsets.US_ASCII));
    status = readHttpStatus(5_000);
  }

  /** Reads an HTTP response's status line and headers; returns the status code. */
  int readHttpStatus(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("closed during the HTTP answer: " + head);
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.US_ASCII);
    String[] statusLine = text.split("\r\n", 2)[0].split(" ");
    return Integer.parseInt(statusLine[1]);
  }

  int status() {
    return status;
  }

  String nonce() {
    return nonce;
  }

  /** The status code of the close frame the server sent, or -1 if none arrived yet. */
  int closeCode() {
    return closeCode;
  }

  long nextSeq() {
    return seq++;
  }

  void send(SignalingMessage message) throws IOException {
    sendText(SignalingCodec.encode(message));
  }

  void sendText(String text) throws IOException {
    sendRaw(frame(0x1, true, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Sends {@code text} as one text frame followed by continuation frames, {@code parts} in all. */
  void sendFragmented(String text, int parts) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int step = (bytes.length + parts - 1) / parts;
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int i = 0, from = 0; from < bytes.length; i++, from += step) {
      int to = Math.min(bytes.length, from + step);
      byte[] part = Arrays.copyOfRange(bytes, from, to);
      all.writeBytes(frame(i == 0 ? 0x1 : 0x0, to == bytes.length, part));
    }
    sendRaw(all.toByteArray());
  }

  void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** A masked client frame. */
  static byte[] frame(int opcode, boolean fin, byte[] payload) {
    ByteArrayOutputStream f = new ByteArrayOutputStream(payload.length + 14);
    f.write((fin ? 0x80 : 0) | opcode);
    if (payload.length < 126) {
      f.write(0x80 | payload.length);
    } else if (payload.length < 65_536) {
      f.write(0x80 | 126);
      f.write(payload.length >>> 8);
      f.write(payload.length);
    } else {
      f.write(0x80 | 127);
      for (int i = 7; i >= 0; i--) {
        f.write((int) ((long) payload.length >>> (8 * i)));
      }
    }
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    f.writeBytes(mask);
    for (int i = 0; i < payload.length; i++) {
      f.write(payload[i] ^ mask[i & 3]);
    }
    return f.toByteArray();
  }

  /**
   * The next text message, or null when the server closed (a close frame, which sets {@link
   * #closeCode()}, or the end of the stream).
   *
   * @throws SocketTimeoutException if nothing complete arrives within the timeout
   */
  String readText(int timeoutMillis) throws IOException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (true) {
      int left = (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
      socket.setSoTimeout(left);
      int b0;
      try {
        b0 = in.read();
      } catch (SocketException e) {
        return null; // reset by the server
      }
      if (b0 < 0) {
        return null;
      }
      int b1 = readByte();
      long len = b1 & 0x7F;
      if (len == 126) {
        len = (readByte() << 8) | readByte();
      } else if (len == 127) {
        len = 0;
        for (int i = 0; i < 8; i++) {
          len = (len << 8) | readByte();
        }
      }
      byte[] payload = in.readNBytes((int) len);
      if (payload.length != len) {
        return null;
      }
      int opcode = b0 & 0x0F;
      if (opcode == 0x8) {
        closeCode = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
        return null;
      }
      if (opcode == 0x1) {
        bytesReceived += len;
        return new String(payload, StandardCharsets.UTF_8);
      }
      if (System.nanoTime() > deadline) {
        throw new SocketTimeoutException("no text message within " + timeoutMillis + " ms");
      }
    }
  }

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("closed inside a frame");
    }
    return b;
  }

  /** The next decoded message matching {@code wanted}, skipping others; fails on close. */
  SignalingMessage next(Predicate<SignalingMessage> wanted, int timeoutMillis) throws IOException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (true) {
      int left = (int) ((deadline - System.nanoTime()) / 1_000_000L);
      if (left <= 0) {
        throw new SocketTimeoutException("no wanted message within " + timeoutMillis + " ms");
      }
      String text = readText(left);
      if (text == null) {
        throw new EOFException("the server closed the connection (close code " + closeCode + ")");
      }
      SignalingMessage m = decode(text);
      if (wanted.test(m)) {
        return m;
      }
    }
  }

  static SignalingMessage decode(String text) {
    try {
      return SignalingCodec.decode(text);
    } catch (ProtocolException e) {
      throw new AssertionError("the server sent a malformed message: " + text, e);
    }
  }

  /** A login with a right AppSign proof over this connection's nonce. */
  Login loginMessage(String roomId, String userId) {
    return loginMessage(roomId, userId, APP.appSign());
  }

  Login loginMessage(String roomId, String userId, String appSign) {
    return new Login(
        nextSeq(),
        APP.appId(),
        roomId,
        new WireUser(userId, userId),
        0,
        false,
        "",
        AppSignProof.compute(appSign, nonce, APP.appId(), userId, roomId));
  }

  /** Logs in and returns the answer (whatever its code). */
  LoginResult login(String roomId, String userId) throws IOException {
    Login login = loginMessage(roomId, userId);
    send(login);
    return (LoginResult) next(LoginResult.class::isInstance, 5_000);
  }

  /** Whether the server closed the connection within the timeout (reading and dropping data). */
  boolean closedWithin(int timeoutMillis) throws IOException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        String text = readText((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
        if (text == null) {
          return true;
        }
      } catch (SocketTimeoutException e) {
        return false;
      } catch (EOFException e) {
        return true;
      }
    }
    return false;
  }

  /** Whether the peer closed the TCP connection within the timeout, reading raw bytes. */
  boolean eofWithin(int timeoutMillis) throws IOException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    byte[] sink = new byte[4096];
    while (true) {
      int left = (int) ((deadline - System.nanoTime()) / 1_000_000L);
      if (left <= 0) {
        return false;
      }
      socket.setSoTimeout(left);
      try {
        if (in.read(sink) < 0) {
          return true;
        }
      } catch (SocketTimeoutException e) {
        return false;
      } catch (SocketException e) {
        return true;
      }
    }
  }

  boolean isClosed() {
    return socket.isClosed();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Already gone.
    }
  }
}
