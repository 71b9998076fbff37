package io.earshot.simulator.bench;

import java.lang.management.ManagementFactory;

/** The CPU time this process has used, in nanoseconds, for the benches' per-run figures. */
final class ProcessCpu {
  private ProcessCpu() {}

  static long nanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
