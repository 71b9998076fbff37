package io.earshot.engine;

/** State of one published stream (contract §2). */
public enum PublisherState {
  NO_PUBLISH,
  PUBLISH_REQUESTING,
  PUBLISHING
}
