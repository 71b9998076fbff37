package io.earshot.netem;

/** Receives what a {@link StreamLink} delivers, in order. Called on the link's executor. */
public interface StreamSink {

  /** Next chunk of the stream; the sink owns the array. */
  void onData(byte[] chunk);

  /** The writer ended the stream and every chunk before the end has been delivered. */
  void onEnd();
}
