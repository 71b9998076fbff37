package io.earshot.engine.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The server's configuration: its apps, the session timeout (contract §7) and the seed of its
 * random choices (nonces, room session IDs, media tokens). Immutable; build with {@link
 * #builder()}.
 */
public final class ServerConfig {
  private final Map<Long, AppConfig> apps;
  private final Duration sessionTimeout;
  private final long seed;
  private final boolean requireTokens;
  private final Set<String> forbiddenStreamIds;
  private final ServerLimits limits;

  private ServerConfig(Builder b) {
    this.apps = Map.copyOf(b.apps);
    this.sessionTimeout = b.sessionTimeout;
    this.seed = b.seed;
    this.requireTokens = b.requireTokens;
    this.forbiddenStreamIds = Set.copyOf(b.forbiddenStreamIds);
    this.limits = b.limits;
  }

  /** The limits against abuse (docs/security.md). */
  public ServerLimits limits() {
    return limits;
  }

  /** Stream IDs the server refuses to publish (1003025) and to play (1004025). */
  public Set<String> forbiddenStreamIds() {
    return forbiddenStreamIds;
  }

  /** Whether every login must carry a Token04 (an AppSign proof alone is refused with 1002067). */
  public boolean requireTokens() {
    return requireTokens;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The default: the {@link AppConfig#DEFAULT} app, a 30 s session timeout, seed 0. */
  public static ServerConfig defaults() {
    return builder().build();
  }

  public AppConfig app(long appId) {
    return apps.get(appId);
  }

  public List<AppConfig> apps() {
    return List.copyOf(apps.values());
  }

  public Duration sessionTimeout() {
    return sessionTimeout;
  }

  public long seed() {
    return seed;
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.apps.clear();
    b.apps.putAll(apps);
    b.sessionTimeout = sessionTimeout;
    b.seed = seed;
    b.requireTokens = requireTokens;
    b.forbiddenStreamIds.addAll(forbiddenStreamIds);
    b.limits = limits;
    return b;
  }

  /** Builder; starts with the default app. */
  public static final class Builder {
    private final Map<Long, AppConfig> apps = new LinkedHashMap<>();
    private Duration sessionTimeout = Duration.ofSeconds(30);
    private long seed;
    private boolean requireTokens;
    private final Set<String> forbiddenStreamIds = new LinkedHashSet<>();
    private ServerLimits limits = ServerLimits.DEFAULTS;

    private Builder() {
      apps.put(AppConfig.DEFAULT.appId(), AppConfig.DEFAULT);
    }

    /** Adds or replaces an app. */
    public Builder app(AppConfig app) {
      apps.put(app.appId(), app);
      return this;
    }

    /**
     * Forgets an app (e.g. the default one, for a server that should know only its configured
     * apps).
     */
    public Builder removeApp(long appId) {
      apps.remove(appId);
      return this;
    }

    public Builder sessionTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("session timeout must be > 0, was " + timeout);
      }
      this.sessionTimeout = timeout;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Require a Token04 on every login (default false: an AppSign proof suffices). */
    public Builder requireTokens(boolean require) {
      this.requireTokens = require;
      return this;
    }

    /** Forbids a stream ID: publishing it fails with 1003025, playing it with 1004025. */
    public Builder forbidStream(String streamId) {
      forbiddenStreamIds.add(Objects.requireNonNull(streamId, "streamId"));
      return this;
    }

    public Builder limits(ServerLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    public ServerConfig build() {
      return new ServerConfig(this);
    }
  }
}
