package io.earshot.engine.internal.codec;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.util.function.IntSupplier;

/**
 * A copy of one libopus state: an encoder's or decoder's whole state is one block of {@code
 * opus_*_get_size} bytes with no pointers into itself, so copying it out and back (only ever to the
 * same address) saves and restores the codec exactly. The copy is made on the first save.
 */
final class SavedNativeState {
  private final String what;
  private final Pointer state;
  private final IntSupplier size;
  private ByteBuffer live;
  private ByteBuffer saved;

  /**
   * @param what "encoder" or "decoder", for the message when nothing was saved
   * @param state the block's address
   * @param size the block's size ({@code opus_*_get_size}), asked on the first save
   */
  SavedNativeState(String what, Pointer state, IntSupplier size) {
    this.what = what;
    this.state = state;
    this.size = size;
  }

  void save() {
    if (saved == null) {
      int bytes = size.getAsInt();
      live = state.getByteBuffer(0, bytes);
      saved = ByteBuffer.allocateDirect(bytes);
    }
    saved.put(0, live, 0, live.capacity());
  }

  /**
   * @throws IllegalStateException if nothing was saved
   */
  void restore() {
    if (saved == null) {
      throw new IllegalStateException("expected a saved " + what + " state, found none saved");
    }
    live.put(0, saved, 0, saved.capacity());
  }
}
