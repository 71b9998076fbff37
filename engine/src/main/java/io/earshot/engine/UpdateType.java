package io.earshot.engine;

/** Whether a user or stream list update adds or removes entries. */
public enum UpdateType {
  ADD,
  DELETE
}
