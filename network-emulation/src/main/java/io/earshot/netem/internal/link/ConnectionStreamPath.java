package io.earshot.netem.internal.link;

import io.earshot.netem.StreamLink;
import io.earshot.netem.StreamPath;
import io.earshot.netem.internal.stage.OutageGate;
import java.util.Objects;
import java.util.Set;

/**
 * The two stream directions of one connection, plus what detaches them from the user link when the
 * connection is gone and the hook that resets the connection when the link is cut.
 */
public final class ConnectionStreamPath implements StreamPath {

  private final int ordinal;
  private final StagedStreamLink uplink;
  private final StagedStreamLink downlink;
  private final Runnable onCut;
  private final Set<ConnectionStreamPath> openPaths;
  private Runnable stopListening = () -> {};
  private boolean closed;

  private ConnectionStreamPath(
      int ordinal,
      StagedStreamLink uplink,
      StagedStreamLink downlink,
      Runnable onCut,
      Set<ConnectionStreamPath> openPaths) {
    this.ordinal = ordinal;
    this.uplink = Objects.requireNonNull(uplink, "uplink");
    this.downlink = Objects.requireNonNull(downlink, "downlink");
    this.onCut = Objects.requireNonNull(onCut, "onCut");
    this.openPaths = Objects.requireNonNull(openPaths, "openPaths");
  }

  /**
   * Creates a path, registers it with the link's outage gate (to release held data when the link
   * comes back) and adds it to the link's open paths (to be cut); {@link #close()} undoes both.
   *
   * @param onCut resets the transport connection (e.g. TCP RST); run when the link is cut
   */
  public static ConnectionStreamPath open(
      int ordinal,
      StagedStreamLink uplink,
      StagedStreamLink downlink,
      Runnable onCut,
      OutageGate gate,
      Set<ConnectionStreamPath> openPaths) {
    ConnectionStreamPath path =
        new ConnectionStreamPath(ordinal, uplink, downlink, onCut, openPaths);
    path.stopListening = gate.onComeBack(path::onGateUp);
    openPaths.add(path);
    return path;
  }

  @Override
  public StreamLink uplink() {
    return uplink;
  }

  @Override
  public StreamLink downlink() {
    return downlink;
  }

  @Override
  public int ordinal() {
    return ordinal;
  }

  /** Runs the transport's reset hook; the transport is expected to close this path after. */
  public void cut() {
    onCut.run();
  }

  private void onGateUp() {
    uplink.onGateUp();
    downlink.onGateUp();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopListening.run();
    openPaths.remove(this);
    uplink.close();
    downlink.close();
  }
}
