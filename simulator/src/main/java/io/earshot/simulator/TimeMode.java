package io.earshot.simulator;

/** How a simulation runs: on real sockets and the wall clock, or in memory on a virtual clock. */
public enum TimeMode {
  REAL_TIME,
  SIMULATED
}
