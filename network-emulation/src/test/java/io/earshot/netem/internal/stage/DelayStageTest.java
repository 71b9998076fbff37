package io.earshot.netem.internal.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.netem.DropCause;
import io.earshot.netem.internal.random.Xoshiro256StarStar;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DelayStageTest {

    @Test
    void addsTheFixedDelayExactly() {
        DelayStage stage = new DelayStage(() -> DelayConfig.fixed(Duration.ofMillis(40)),
                new Xoshiro256StarStar(1));
        PacketFate fate = new PacketFate().reset(0, 100, 1_000);
        stage.apply(fate);
        assertEquals(1_000 + 40_000_000L, fate.deliverAtNanos());
    }

    @Test
    void drawsOnePerPacketWhetherDelayedOrDropped() {
        Xoshiro256StarStar random = new Xoshiro256StarStar(4);
        Xoshiro256StarStar shadow = new Xoshiro256StarStar(4);
        DelayStage stage = new DelayStage(() -> new DelayConfig(5), random);
        PacketFate fate = new PacketFate();
        for (int i = 0; i < 10; i++) {
            fate.reset(i, 1, 0);
            if (i % 2 == 0) {
                fate.drop(DropCause.LOSS);
            }
            stage.apply(fate);
            shadow.nextLong();
            assertEquals(i % 2 == 0 ? 0 : 5, fate.deliverAtNanos());
        }
        assertEquals(shadow.nextLong(), random.nextLong());
    }
}
