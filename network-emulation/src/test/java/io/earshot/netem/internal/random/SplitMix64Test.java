package io.earshot.netem.internal.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

  @Test
  void seedZeroGivesThePublishedFirstOutputs() {
    SplitMix64 generator = new SplitMix64(0);
    assertEquals(0xE220A8397B1DCDAFL, generator.nextLong());
    assertEquals(0x6E789E6AA1B965F4L, generator.nextLong());
    assertEquals(0x06C45D188009454FL, generator.nextLong());
  }

  @Test
  void mixIsTheOutputFunctionOfTheStateAfterOneStep() {
    assertEquals(new SplitMix64(12345).nextLong(), SplitMix64.mix(12345 + SplitMix64.GOLDEN_GAMMA));
  }
}
