package io.earshot.netem.profile;

/** What a link does with packets while an outage window is active (spec 3.5). */
public enum OutageMode {
  /** Drop them (cause OUTAGE). */
  DROP,
  /**
   * Keep them in the bottleneck queue and release them when the window ends (a handover-like delay
   * spike); bounded by the queue limit, whose overflow is dropped (cause QUEUE).
   */
  HOLD
}
