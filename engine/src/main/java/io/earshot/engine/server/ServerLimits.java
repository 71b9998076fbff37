package io.earshot.engine.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every limit the server enforces against abuse (docs/security.md), with its default written in
 * {@link Builder} and nowhere else. The YAML names ({@link ServerConfigFile}, under {@code limits})
 * are the component names, with {@code Millis} for the timeouts. Immutable.
 *
 * @param maxStreamsPerSession streams one session may publish at once (one per publish channel)
 * @param maxPlaysPerSession streams one session may play at once (the contract's 12 per engine)
 * @param maxListEntries users or streams in one message; a longer list is sent in pages
 * @param loginsPerConnectionPerSecond login attempts one connection may make per second
 * @param loginsPerAddressPerSecond login attempts from one IP address per second
 * @param roomsPerAddressPerSecond rooms one IP address may create per second
 * @param requestsPerConnectionPerSecond requests of any kind one connection may make per second
 * @param maxOutboundBytes bytes queued towards a connection before it counts as a slow reader and
 *     is disconnected
 * @param handshakeTimeout time a new connection has to complete the WebSocket upgrade
 * @param preLoginTimeout time a connection may stay open without logging in
 * @param shutdownTimeout longest a server waits for its clients on shutdown
 * @param allowedOrigins WebSocket {@code Origin} values accepted (empty: any origin)
 */
public record ServerLimits(
    int maxStreamsPerSession,
    int maxPlaysPerSession,
    int maxListEntries,
    int loginsPerConnectionPerSecond,
    int loginsPerAddressPerSecond,
    int roomsPerAddressPerSecond,
    int requestsPerConnectionPerSecond,
    int maxOutboundBytes,
    Duration handshakeTimeout,
    Duration preLoginTimeout,
    Duration shutdownTimeout,
    Set<String> allowedOrigins) {

  /** The defaults: generous for a call, tight for abuse. */
  public static final ServerLimits DEFAULTS = builder().build();

  public ServerLimits {
    positive("maxStreamsPerSession", maxStreamsPerSession);
    positive("maxPlaysPerSession", maxPlaysPerSession);
    positive("maxListEntries", maxListEntries);
    if (maxListEntries > 150) {
      // 150 entries of the longest IDs still fit the 64 KiB a client accepts per message.
      throw new IllegalArgumentException(
          "maxListEntries must be at most 150 (a page must fit in 64 KiB), found "
              + maxListEntries);
    }
    positive("loginsPerConnectionPerSecond", loginsPerConnectionPerSecond);
    positive("loginsPerAddressPerSecond", loginsPerAddressPerSecond);
    positive("roomsPerAddressPerSecond", roomsPerAddressPerSecond);
    positive("requestsPerConnectionPerSecond", requestsPerConnectionPerSecond);
    if (maxOutboundBytes < 4096) {
      throw new IllegalArgumentException(
          "maxOutboundBytes must be at least 4096, found " + maxOutboundBytes);
    }
    positive("handshakeTimeout", handshakeTimeout);
    positive("preLoginTimeout", preLoginTimeout);
    positive("shutdownTimeout", shutdownTimeout);
    allowedOrigins = Set.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.values.putAll(asMap());
    b.allowedOrigins = allowedOrigins;
    return b;
  }

  /** The integer and millisecond limits by YAML name. */
  public Map<String, Long> asMap() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("maxStreamsPerSession", (long) maxStreamsPerSession);
    m.put("maxPlaysPerSession", (long) maxPlaysPerSession);
    m.put("maxListEntries", (long) maxListEntries);
    m.put("loginsPerConnectionPerSecond", (long) loginsPerConnectionPerSecond);
    m.put("loginsPerAddressPerSecond", (long) loginsPerAddressPerSecond);
    m.put("roomsPerAddressPerSecond", (long) roomsPerAddressPerSecond);
    m.put("requestsPerConnectionPerSecond", (long) requestsPerConnectionPerSecond);
    m.put("maxOutboundBytes", (long) maxOutboundBytes);
    m.put("handshakeTimeoutMillis", handshakeTimeout.toMillis());
    m.put("preLoginTimeoutMillis", preLoginTimeout.toMillis());
    m.put("shutdownTimeoutMillis", shutdownTimeout.toMillis());
    return m;
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, found " + value);
    }
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, found " + value);
    }
  }

  /** Builder; every default is here. */
  public static final class Builder {
    private final Map<String, Long> values = new LinkedHashMap<>();
    private Set<String> allowedOrigins = Set.of();

    private Builder() {
      values.put("maxStreamsPerSession", 4L);
      values.put("maxPlaysPerSession", 12L);
      values.put("maxListEntries", 100L);
      values.put("loginsPerConnectionPerSecond", 5L);
      values.put("loginsPerAddressPerSecond", 50L);
      values.put("roomsPerAddressPerSecond", 20L);
      values.put("requestsPerConnectionPerSecond", 100L);
      values.put("maxOutboundBytes", 1L << 20);
      values.put("handshakeTimeoutMillis", 5_000L);
      values.put("preLoginTimeoutMillis", 10_000L);
      values.put("shutdownTimeoutMillis", 2_000L);
    }

    /** Sets a limit by its YAML name; an unknown name fails, naming the known ones. */
    public Builder set(String name, long value) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException(
            "unknown limit '" + name + "'; expected one of " + values.keySet());
      }
      if (value < 1 || value > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "limit '" + name + "' must be in [1, " + Integer.MAX_VALUE + "], found " + value);
      }
      values.put(name, value);
      return this;
    }

    public Builder allowedOrigins(Set<String> origins) {
      this.allowedOrigins = Set.copyOf(origins);
      return this;
    }

    /** Every limit name, for messages and docs. */
    public Set<String> names() {
      return values.keySet();
    }

    public ServerLimits build() {
      return new ServerLimits(
          integer("maxStreamsPerSession"),
          integer("maxPlaysPerSession"),
          integer("maxListEntries"),
          integer("loginsPerConnectionPerSecond"),
          integer("loginsPerAddressPerSecond"),
          integer("roomsPerAddressPerSecond"),
          integer("requestsPerConnectionPerSecond"),
          integer("maxOutboundBytes"),
          Duration.ofMillis(values.get("handshakeTimeoutMillis")),
          Duration.ofMillis(values.get("preLoginTimeoutMillis")),
          Duration.ofMillis(values.get("shutdownTimeoutMillis")),
          allowedOrigins);
    }

    private int integer(String name) {
      return values.get(name).intValue();
    }
  }
}
