package io.earshot.engine;

/** A stream published in a room: who publishes it, its ID and its extra info. */
public record Stream(User user, String streamID, String extraInfo) {}
