package io.earshot.simulator.audio;

/**
 * A source that computes its frames (a tone, noise): the next frame is generated once, when it is
 * first peeked or taken, so peeking ahead (as simulated users do for their encoders) costs a copy
 * rather than a second generation, and a generator that draws random numbers draws them once.
 */
abstract class GeneratedSource implements AudioSource {
  private final short[] upcoming = new short[PcmFormat.FRAME_SAMPLES];
  private boolean generated;

  /** Writes the next frame into {@code frame960} and moves the generator past it. */
  protected abstract void generate(short[] frame960);

  @Override
  public final void nextFrame(short[] frame960) {
    peekFrame(frame960);
    generated = false;
  }

  @Override
  public final boolean peekFrame(short[] frame960) {
    PcmFormat.requireFrame(frame960);
    if (!generated) {
      generate(upcoming);
      generated = true;
    }
    System.arraycopy(upcoming, 0, frame960, 0, upcoming.length);
    return true;
  }
}
