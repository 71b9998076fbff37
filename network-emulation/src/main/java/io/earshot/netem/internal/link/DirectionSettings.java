package io.earshot.netem.internal.link;

import io.earshot.netem.internal.stage.DelayConfig;
import io.earshot.netem.internal.stage.RandomLossConfig;
import java.util.Objects;

/**
 * The live impairment settings of one direction of a user link, shared by its datagram and stream
 * stages. Set from any thread; stages read them once per packet, so a change applies to packets
 * sent after it and packets in flight keep their decisions.
 */
public final class DirectionSettings {

    private volatile RandomLossConfig loss = RandomLossConfig.NONE;
    private volatile DelayConfig delay = DelayConfig.NONE;

    public RandomLossConfig loss() {
        return loss;
    }

    public void loss(RandomLossConfig loss) {
        this.loss = Objects.requireNonNull(loss, "loss");
    }

    public DelayConfig delay() {
        return delay;
    }

    public void delay(DelayConfig delay) {
        this.delay = Objects.requireNonNull(delay, "delay");
    }
}
