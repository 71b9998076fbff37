package io.earshot.engine;

/** Publish channel; one stream per channel. */
public enum PublishChannel {
  MAIN,
  AUX,
  THIRD,
  FOURTH
}
