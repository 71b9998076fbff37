package io.earshot.engine;

/** Whether the engine's media sessions are running. */
public enum EngineState {
  START,
  STOP
}
