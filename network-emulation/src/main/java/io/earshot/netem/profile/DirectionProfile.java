package io.earshot.netem.profile;

import io.earshot.netem.internal.config.ProfileYamlReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The impairments of one link direction: an immutable list of stages in the spec's fixed order
 * (section 1.2): {@code outage -> duplicate -> [loss, if before the queue] -> rate/queue (+AQM) ->
 * [loss, after the queue: the default] -> corrupt -> delay + jitter -> reorder -> order}. Absent
 * stages are skipped; {@link #stageNames()} lists the chain this profile builds.
 *
 * <p>Build one with {@link #builder()} or from YAML ({@link #fromYaml(String)}); apply it with
 * {@code UserLink.apply}. Equal profiles build equal chains.
 */
public final class DirectionProfile {

  /** No impairment at all. */
  public static final DirectionProfile IDEAL = builder().build();

  private final List<OutageModel> outages;
  private final DuplicateModel duplicate;
  private final LossModel loss;
  private final boolean lossBeforeQueue;
  private final RateLimit rate;
  private final CorruptModel corrupt;
  private final DelayModel delay;
  private final ReorderModel reorder;
  private final boolean allowReordering;

  private DirectionProfile(Builder b) {
    this.outages = List.copyOf(b.outages);
    this.duplicate = b.duplicate;
    this.loss = b.loss;
    this.lossBeforeQueue = b.lossBeforeQueue;
    this.rate = b.rate;
    this.corrupt = b.corrupt;
    this.delay = b.delay;
    this.reorder = b.reorder;
    this.allowReordering = b.allowReordering;
  }

  /** A builder with nothing configured. */
  public static Builder builder() {
    return new Builder();
  }

  /** Parses the compact YAML form (see the module README); errors name the field and range. */
  public static DirectionProfile fromYaml(String yaml) {
    return ProfileYamlReader.direction(yaml);
  }

  /** A builder holding this profile's settings, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.outages.addAll(outages);
    b.duplicate = duplicate;
    b.loss = loss;
    b.lossBeforeQueue = lossBeforeQueue;
    b.rate = rate;
    b.corrupt = corrupt;
    b.delay = delay;
    b.reorder = reorder;
    b.allowReordering = allowReordering;
    return b;
  }

  /** Outage patterns (drop or hold), in the order given. */
  public List<OutageModel> outages() {
    return outages;
  }

  /** Duplication, or null. */
  public DuplicateModel duplicate() {
    return duplicate;
  }

  /** The loss model, or null for none. */
  public LossModel loss() {
    return loss;
  }

  /** True when loss is decided before the bottleneck queue (lost packets use no capacity). */
  public boolean lossBeforeQueue() {
    return lossBeforeQueue;
  }

  /** The bottleneck, or null for none. */
  public RateLimit rate() {
    return rate;
  }

  /** Corruption, or null. */
  public CorruptModel corrupt() {
    return corrupt;
  }

  /** Delay and jitter (never null; {@link DelayModel#NONE} by default). */
  public DelayModel delay() {
    return delay;
  }

  /** Explicit reordering, or null. */
  public ReorderModel reorder() {
    return reorder;
  }

  /** True when jitter may reorder packets (no FIFO clamp). */
  public boolean allowReordering() {
    return allowReordering;
  }

  /** True when some outage window holds packets (the chain then has a queue). */
  public boolean holdsDuringOutages() {
    return outages.stream().anyMatch(o -> o.mode() == OutageMode.HOLD);
  }

  /** The stage names of the chain this profile builds, in chain order. */
  public List<String> stageNames() {
    List<String> names = new ArrayList<>();
    names.add("outage-gate");
    if (outages.stream().anyMatch(o -> o.mode() == OutageMode.DROP)) {
      names.add("outage");
    }
    if (duplicate != null) {
      names.add("duplicate");
    }
    if (loss != null && lossBeforeQueue) {
      names.add("loss");
    }
    if (rate != null || holdsDuringOutages()) {
      names.add("queue");
    }
    if (loss != null && !lossBeforeQueue) {
      names.add("loss");
    }
    if (corrupt != null) {
      names.add("corrupt");
    }
    names.add("delay");
    if (reorder != null) {
      names.add("reorder");
    }
    if (!allowReordering) {
      names.add("order");
    }
    return List.copyOf(names);
  }

  /** Canonical multi-part text for reports, e.g. {@code loss random 1% | delay 40 ms}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    outages.forEach(o -> parts.add(o.describe()));
    if (duplicate != null) {
      parts.add(duplicate.describe());
    }
    if (loss != null) {
      parts.add("loss " + loss.describe() + (lossBeforeQueue ? " (before queue)" : ""));
    }
    if (rate != null) {
      parts.add(rate.describe());
    }
    if (corrupt != null) {
      parts.add(corrupt.describe());
    }
    if (!delay.equals(DelayModel.NONE)) {
      parts.add("delay " + delay.describe());
    }
    if (reorder != null) {
      parts.add(reorder.describe());
    }
    if (allowReordering) {
      parts.add("reordering allowed");
    }
    return parts.isEmpty() ? "ideal" : String.join(" | ", parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DirectionProfile p
        && outages.equals(p.outages)
        && Objects.equals(duplicate, p.duplicate)
        && Objects.equals(loss, p.loss)
        && lossBeforeQueue == p.lossBeforeQueue
        && Objects.equals(rate, p.rate)
        && Objects.equals(corrupt, p.corrupt)
        && delay.equals(p.delay)
        && Objects.equals(reorder, p.reorder)
        && allowReordering == p.allowReordering;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        outages, duplicate, loss, lossBeforeQueue, rate, corrupt, delay, reorder, allowReordering);
  }

  @Override
  public String toString() {
    return describe();
  }

  /** Collects settings; {@link #build()} checks the combination. Not thread-safe. */
  public static final class Builder {
    private final List<OutageModel> outages = new ArrayList<>();
    private DuplicateModel duplicate;
    private LossModel loss;
    private boolean lossBeforeQueue;
    private RateLimit rate;
    private CorruptModel corrupt;
    private DelayModel delay = DelayModel.NONE;
    private ReorderModel reorder;
    private boolean allowReordering;

    private Builder() {}

    /** Adds an outage pattern. */
    public Builder outage(OutageModel outage) {
      outages.add(Objects.requireNonNull(outage, "outage"));
      return this;
    }

    /** Removes every outage pattern. */
    public Builder clearOutages() {
      outages.clear();
      return this;
    }

    /** Sets duplication (null removes it). */
    public Builder duplicate(DuplicateModel model) {
      this.duplicate = model;
      return this;
    }

    /** Sets the loss model (null removes it). */
    public Builder loss(LossModel model) {
      this.loss = model;
      return this;
    }

    /** Shorthand for {@code loss(LossModel.random(p))}. */
    public Builder randomLoss(double p) {
      return loss(LossModel.random(p));
    }

    /** Decide loss before the queue (lost packets use no capacity); default after. */
    public Builder lossBeforeQueue(boolean before) {
      this.lossBeforeQueue = before;
      return this;
    }

    /** Sets the bottleneck (null removes it). */
    public Builder rate(RateLimit limit) {
      this.rate = limit;
      return this;
    }

    /** Sets corruption (null removes it). */
    public Builder corrupt(CorruptModel model) {
      this.corrupt = model;
      return this;
    }

    /** Sets the delay model. */
    public Builder delay(DelayModel model) {
      this.delay = Objects.requireNonNull(model, "delay");
      return this;
    }

    /** Shorthand for a fixed delay (keeps any jitter already set). */
    public Builder delay(Duration base) {
      this.delay = delay.withBase(base);
      return this;
    }

    /** Shorthand: sets the jitter of the current delay model. */
    public Builder jitter(JitterDistribution jitter) {
      this.delay = delay.withJitter(jitter);
      return this;
    }

    /** Sets explicit reordering (null removes it). */
    public Builder reorder(ReorderModel model) {
      this.reorder = model;
      return this;
    }

    /** Lets jitter reorder packets (no FIFO clamp). */
    public Builder allowReordering() {
      return allowReordering(true);
    }

    /** Sets whether jitter may reorder packets. */
    public Builder allowReordering(boolean allow) {
      this.allowReordering = allow;
      return this;
    }

    /**
     * Builds the profile.
     *
     * @throws IllegalArgumentException for netem-style reordering without a base delay
     */
    public DirectionProfile build() {
      if (reorder instanceof ReorderModel.Netem && delay.base().isZero()) {
        throw new IllegalArgumentException(
            "netem-style reordering needs a delay > 0 ms "
                + "(reordered packets skip the delay; netem refuses it too), found 0 ms");
      }
      return new DirectionProfile(this);
    }
  }
}
