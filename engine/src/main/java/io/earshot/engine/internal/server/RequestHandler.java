package io.earshot.engine.internal.server;

import io.earshot.engine.internal.signaling.SignalingMessage;

/**
 * Handles one decoded client message of a session, on the server's scheduler. Stages wrap one
 * another (counting, limits, routing), so a test can add a stage of its own in front.
 */
@FunctionalInterface
interface RequestHandler {
  void handle(ServerSession session, SignalingMessage message);
}
