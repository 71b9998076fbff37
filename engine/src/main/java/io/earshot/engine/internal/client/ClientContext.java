package io.earshot.engine.internal.client;

import io.earshot.engine.EngineEnvironment;
import io.earshot.engine.EngineProfile;
import io.earshot.engine.scheduling.Scheduler;

/**
 * What every part of one engine shares and nobody changes: its environment, its scheduler (all
 * parts run on it), its callback dispatcher, its profile and its counters.
 */
final class ClientContext {
  final EngineEnvironment env;
  final Scheduler scheduler;
  final CallbackDispatcher callbacks;
  final EngineProfile profile;
  final ClientCounters counters = new ClientCounters();

  ClientContext(EngineEnvironment env, CallbackDispatcher callbacks, EngineProfile profile) {
    this.env = env;
    this.scheduler = env.scheduler();
    this.callbacks = callbacks;
    this.profile = profile;
  }
}
