package io.earshot.simulator.quality;

/**
 * One listener playing one stream.
 *
 * @param listener the listening user's name
 * @param streamId the played stream
 */
public record PairKey(String listener, String streamId) implements Comparable<PairKey> {
  @Override
  public int compareTo(PairKey o) {
    int c = listener.compareTo(o.listener);
    return c != 0 ? c : streamId.compareTo(o.streamId);
  }

  @Override
  public String toString() {
    return "\"" + streamId + "\" at \"" + listener + "\"";
  }
}
