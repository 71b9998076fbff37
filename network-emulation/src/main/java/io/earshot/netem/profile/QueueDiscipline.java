package io.earshot.netem.profile;

/** What a full bottleneck queue drops (spec 3.8). */
public enum QueueDiscipline {
  /** The arriving packet (default). */
  DROP_TAIL,
  /** The oldest waiting packet (Mahimahi's drophead). */
  DROP_HEAD,
  /** Drop-tail when full, plus CoDel at dequeue (RFC 8289; drops counted as AQM). */
  CODEL
}
