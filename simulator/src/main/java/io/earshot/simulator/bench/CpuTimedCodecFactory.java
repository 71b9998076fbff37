package io.earshot.simulator.bench;

import io.earshot.engine.codec.AudioCodecFactory;
import io.earshot.engine.codec.AudioDecoder;
import io.earshot.engine.codec.AudioEncoder;
import io.earshot.engine.codec.CorruptPayloadException;
import io.earshot.engine.codec.ForwardingAudioDecoder;
import io.earshot.engine.codec.ForwardingAudioEncoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Wraps a codec factory and adds up the CPU time the calling threads spend inside encode, decode
 * concealment and FEC recovery (thread CPU time, not wall time), so a benchmark can tell codec work
 * from everything else.
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
    return new ForwardingAudioEncoder(delegate.newEncoder(), true) {
      @Override
      public byte[] encode(short[] pcm960) {
        return timed(() -> delegate.encode(pcm960));
      }
    };
  }

  @Override
  public AudioDecoder newDecoder() {
    return new ForwardingAudioDecoder(delegate.newDecoder(), true) {
      @Override
      public short[] decode(byte[] payload) throws CorruptPayloadException {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
          return delegate.decode(payload);
        } finally {
          cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        }
      }

      @Override
      public short[] conceal() {
        return timed(delegate::conceal);
      }

      @Override
      public short[] decodeFromNext(byte[] nextPayload) {
        return timed(() -> delegate.decodeFromNext(nextPayload));
      }
    };
  }

  private <T> T timed(Supplier<T> codecCall) {
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      return codecCall.get();
    } finally {
      cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
    }
  }
}
