package io.earshot.simulator.bench;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.CorruptPayloadException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps a codec factory and adds up the CPU time the calling threads spend inside encode, decode
 * and concealment (thread CPU time, not wall time), so a benchmark can tell codec work from
 * everything else.
 */
public final class CpuTimedCodecFactory implements AudioCodecFactory {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final AudioCodecFactory delegate;
  private final AtomicLong cpuNanos = new AtomicLong();

  public CpuTimedCodecFactory(AudioCodecFactory delegate) {
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    this.delegate = delegate;
  }

  /** CPU time spent inside the codec so far. */
  public long cpuNanos() {
    return cpuNanos.get();
  }

  @Override
  public AudioEncoder newEncoder() {
    AudioEncoder encoder = delegate.newEncoder();
    return new AudioEncoder() {
      @Override
      public byte[] encode(short[] pcm960) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
          return encoder.encode(pcm960);
        } finally {
          cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        }
      }

      @Override
      public void close() {
        encoder.close();
      }
    };
  }

  @Override
  public AudioDecoder newDecoder() {
    AudioDecoder decoder = delegate.newDecoder();
    return new AudioDecoder() {
      @Override
      public short[] decode(byte[] payload) throws CorruptPayloadException {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
          return decoder.decode(payload);
        } finally {
          cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        }
      }

      @Override
      public short[] conceal() {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
          return decoder.conceal();
        } finally {
          cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        }
      }

      @Override
      public void close() {
        decoder.close();
      }
    };
  }
}
