package io.earshot.engine;

/** Quality band of a stream (contract §4.4). */
public enum StreamQualityLevel {
  EXCELLENT,
  GOOD,
  MEDIUM,
  BAD,
  DIE,
  UNKNOWN
}
