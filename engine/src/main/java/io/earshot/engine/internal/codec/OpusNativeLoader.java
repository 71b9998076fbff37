package io.earshot.engine.internal.codec;

import club.minnced.opus.util.OpusLibrary;
import tomp2p.opuswrapper.Opus;

/**
 * Loads the libopus shipped inside opus-java-natives, once per JVM. Order matters: {@code
 * Opus.INSTANCE} binds to whatever library the {@code opus.lib} property names at
 * class-initialisation time, which only {@link OpusLibrary#loadFromJar()} sets; touching {@code
 * Opus} first fails for good (a class whose initialiser failed is never retried). So every Opus
 * user goes through {@link #ensureLoaded()}.
 */
public final class OpusNativeLoader {
  /**
   * System property naming another libopus to load instead of the bundled one (a path such as
   * {@code /usr/lib/x86_64-linux-gnu/libopus.so.0}).
   */
  public static final String LIBRARY_PROPERTY = "earshot.opus.library";

  private OpusNativeLoader() {}

  /** The loaded library's own version string, e.g. {@code libopus 1.1.2}. */
  public static String version() {
    return ensureLoaded().opus_get_version_string();
  }

  /**
   * Loads libopus if not yet loaded and returns the binding. Idempotent and thread-safe: the first
   * caller loads, the others wait for it (JVM class-initialisation lock).
   *
   * @throws IllegalStateException if libopus could not be loaded; a failure is final for this JVM
   */
  public static Opus ensureLoaded() {
    Outcome outcome = Holder.OUTCOME;
    if (outcome.failure != null) {
      throw new IllegalStateException(
          "libopus could not be loaded: " + outcome.failure, outcome.failure);
    }
    return outcome.opus;
  }

  private static final class Holder {
    static final Outcome OUTCOME = load();

    private static Outcome load() {
      try {
        String library = System.getProperty(LIBRARY_PROPERTY, "").trim();
        if (!library.isEmpty() && !OpusLibrary.isInitialized()) {
          String why;
          try {
            why = OpusLibrary.loadFrom(library) ? null : "the loader said no";
          } catch (UnsatisfiedLinkError e) {
            why = e.getMessage();
          }
          if (why != null) {
            return new Outcome(
                null,
                new IllegalStateException(
                    "expected the libopus named by -D"
                        + LIBRARY_PROPERTY
                        + " to load, found it did not: "
                        + library
                        + " ("
                        + why
                        + ")"));
          }
        }
        // loadFromJar extracts to java.io.tmpdir; JNA extracts its own stub to jna.tmpdir.
        if (!OpusLibrary.isInitialized()
            && !OpusLibrary.loadFromJar()
            && !OpusLibrary.isInitialized()) {
          return new Outcome(
              null,
              new IllegalStateException(
                  "OpusLibrary.loadFromJar() returned false on platform " + platformName()));
        }
        Opus opus = Opus.INSTANCE;
        // A call proves the symbols resolve now rather than at the first encode.
        opus.opus_strerror(Opus.OPUS_OK);
        return new Outcome(opus, null);
      } catch (Exception | LinkageError e) {
        return new Outcome(null, e);
      }
    }

    private static String platformName() {
      return System.getProperty("os.name") + "/" + System.getProperty("os.arch");
    }
  }

  private static final class Outcome {
    final Opus opus;
    final Throwable failure;

    Outcome(Opus opus, Throwable failure) {
      this.opus = opus;
      this.failure = failure;
    }
  }
}
