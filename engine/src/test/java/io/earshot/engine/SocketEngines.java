package io.earshot.engine;

import io.earshot.engine.scheduling.RealTimeScheduler;
import io.earshot.engine.server.AppConfig;
import io.earshot.engine.server.EarshotServer;
import io.earshot.engine.server.ServerConfig;
import io.earshot.engine.transport.SocketClientTransport;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: an embedded server on loopback and engines that reach it over real sockets, each on
 * a real-time scheduler. Close it to stop the server and the event loops.
 */
final class SocketEngines implements AutoCloseable {
  private static final EngineProfile PROFILE =
      new EngineProfile(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT.appSign(), null);
  private final EarshotServer server = EarshotServer.startEmbedded(ServerConfig.defaults());
  private final EventLoopGroup io = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final EventLoopGroup loops = new DefaultEventLoopGroup(2);

  /**
   * An engine with the default profile, capturing from {@code source} and rendering to {@code
   * sink}.
   */
  ExpressEngine engine(
      EventHandler handler, AudioCaptureSource source, AudioRenderSink sink, long seed) {
    EngineEnvironment env =
        EngineEnvironment.builder(
                new RealTimeScheduler((EventLoop) loops.next()),
                new SocketClientTransport(io, server.signalingUri(), server.mediaAddress()))
            .captureSource(source)
            .renderSink(sink)
            .seed(seed)
            .build();
    return ExpressEngine.createEngine(PROFILE, handler, env);
  }

  @Override
  public void close() {
    server.close();
    loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    io.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
