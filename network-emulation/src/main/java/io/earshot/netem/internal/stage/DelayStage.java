package io.earshot.netem.internal.stage;

import io.earshot.netem.internal.random.Xoshiro256StarStar;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Propagation delay (spec 3.6). Draws one uniform per packet even while the delay is fixed, so
 * turning jitter on later changes no draw count.
 */
public final class DelayStage implements PacketStage {

    /** Stage name, part of the random stream label. */
    public static final String NAME = "delay";

    private final Supplier<DelayConfig> config;
    private final Xoshiro256StarStar random;

    /**
     * @param config read once per packet, so a runtime change applies from the next packet on
     * @param random this stage's own stream
     */
    public DelayStage(Supplier<DelayConfig> config, Xoshiro256StarStar random) {
        this.config = Objects.requireNonNull(config, "config");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(PacketFate fate) {
        double u = random.nextDouble();
        if (!fate.isDropped()) {
            fate.delayBy(config.get().delayNanos(u));
        }
    }
}
