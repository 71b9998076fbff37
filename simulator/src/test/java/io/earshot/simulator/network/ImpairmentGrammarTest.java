package io.earshot.simulator.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.profile.DirectionProfile;
import io.earshot.netem.profile.FourStateLoss;
import io.earshot.netem.profile.JitterDistribution;
import io.earshot.netem.profile.LinkProfile;
import io.earshot.netem.profile.LossModel;
import io.earshot.netem.profile.QueueDiscipline;
import io.earshot.netem.profile.ReorderModel;
import io.earshot.simulator.ScenarioFailure;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImpairmentGrammarTest {
  private static DirectionProfile has(String text) {
    return ImpairmentGrammar.impairments(text).apply(DirectionProfile.IDEAL);
  }

  private static DirectionProfile verb(String text) {
    return ImpairmentGrammar.verbPhrase(text).apply(DirectionProfile.IDEAL);
  }

  @Test
  void theBadCafeListParsesIntoFourStages() {
    DirectionProfile p =
        has(
            "8% loss in bursts of 3 packets on average, 120 ms delay with 40 ms jitter and 256 kbit/s bandwidth");
    LossModel.GilbertElliott loss = assertInstanceOf(LossModel.GilbertElliott.class, p.loss());
    assertEquals(0.08, loss.lossRate(), 1e-9);
    assertEquals(3.0, loss.meanLossRun(), 1e-9);
    assertEquals(Duration.ofMillis(120), p.delay().base());
    assertInstanceOf(JitterDistribution.Uniform.class, p.delay().jitter());
    assertEquals(256_000, p.rate().bitsPerSecond());
  }

  @Test
  void eachSpecFormParses() {
    assertEquals(0.05, has("5% random loss").loss().lossRate(), 1e-9);
    assertInstanceOf(LossModel.Correlated.class, has("3% loss with 25% correlation").loss());
    assertInstanceOf(
        LossModel.GilbertElliott.class,
        has("Gilbert-Elliott loss p=1.8% r=33% loss-in-bad=100% loss-in-good=0%").loss());
    assertInstanceOf(
        FourStateLoss.class, has("4-state loss p13=2% p31=40% p32=30% p23=50% p14=0.5%").loss());
    assertInstanceOf(
        FourStateLoss.class,
        has("bursty loss: bursts of 4 packets at 62.5% density, 50 packets apart").loss());
    DirectionProfile pareto = has("60 ms delay with 15 ms pareto jitter and 50% correlation");
    assertInstanceOf(JitterDistribution.Pareto.class, pareto.delay().jitter());
    assertEquals(0.5, pareto.delay().correlation(), 1e-9);
    DirectionProfile mixed = has("80 ms delay with 20 ms normal jitter and 2% random loss");
    assertInstanceOf(JitterDistribution.Normal.class, mixed.delay().jitter());
    assertEquals(0.02, mixed.loss().lossRate(), 1e-9);
    assertEquals(1_000_000, has("1 Mbit/s bandwidth").rate().bitsPerSecond());
  }

  @Test
  void verbPhrases() {
    assertEquals(32_000, verb("is limited to 32 kbit/s").rate().bitsPerSecond());
    DirectionProfile queued = verb("is limited to 64 kbit/s with a 100 ms drop-tail queue");
    assertEquals(Duration.ofMillis(100), queued.rate().queueDelay());
    assertEquals(QueueDiscipline.DROP_TAIL, queued.rate().discipline());
    assertInstanceOf(ReorderModel.LateByPackets.class, verb("reorders 2% of packets").reorder());
    assertInstanceOf(
        ReorderModel.LateByPackets.class,
        verb("delivers 3% of packets late by 2 packets").reorder());
    assertEquals(0.01, verb("duplicates 1% of packets").duplicate().probability(), 1e-9);
    assertTrue(verb("corrupts 0.5% of packets").corrupt() != null);
    assertTrue(verb("may reorder packets").allowReordering());
    assertInstanceOf(LossModel.KOfN.class, verb("drops exactly 5 of every 100 packets").loss());
    DirectionProfile edited =
        ImpairmentGrammar.verbPhrase("has 100 ms delay").apply(verb("has 5% random loss"));
    assertEquals(0.05, edited.loss().lossRate(), 1e-9);
    assertEquals(DirectionProfile.IDEAL, ImpairmentGrammar.verbPhrase("is perfect").apply(edited));
  }

  @Test
  void outOfRangeAndUnknownWordingFailWithTheAllowedRangeOrForms() {
    ScenarioFailure over = assertThrows(ScenarioFailure.class, () -> has("120% random loss"));
    assertTrue(over.getMessage().contains("between 0% and 100%"), over.getMessage());
    ScenarioFailure negative = assertThrows(ScenarioFailure.class, () -> has("-5 ms delay"));
    assertTrue(negative.getMessage().contains("0 ms or more"), negative.getMessage());
    ScenarioFailure unknown =
        assertThrows(ScenarioFailure.class, () -> has("5% random loss and lots of trouble"));
    assertTrue(
        unknown.getMessage().contains("lots of trouble")
            && unknown.getMessage().contains("N% random loss"),
        unknown.getMessage());
    ScenarioFailure verbFail = assertThrows(ScenarioFailure.class, () -> verb("is slow"));
    assertTrue(verbFail.getMessage().contains("is limited to"), verbFail.getMessage());
  }

  @Test
  void profileFilesAcceptGrammarStringsAndTheEmulatorsLinkForm() {
    Map<String, LinkProfile> profiles =
        ProfileCatalog.parse(
            """
        profiles:
          bad-cafe: "8% loss in bursts of 3 packets on average and 120 ms delay"
          office:
            uplink: {delay: 40ms, loss: 1%}
            downlink: {delay: 20ms}
        """,
            "test.yaml");
    assertEquals(Duration.ofMillis(120), profiles.get("bad-cafe").downlink().delay().base());
    assertEquals(Duration.ofMillis(40), profiles.get("office").uplink().delay().base());
    assertEquals("office", profiles.get("office").name());
    ScenarioFailure bad =
        assertThrows(
            ScenarioFailure.class, () -> ProfileCatalog.parse("profiles:\n  x: 7\n", "test.yaml"));
    assertTrue(bad.getMessage().contains("test.yaml, profile \"x\""), bad.getMessage());
  }

  @Test
  void unknownProfilesListTheKnownOnes() {
    ProfileCatalog catalog = new ProfileCatalog(Optional.empty());
    catalog.define("bad-cafe", "2% random loss");
    assertEquals(catalog.profile("lte-good").uplink(), catalog.profile("4g").uplink());
    ScenarioFailure unknown = assertThrows(ScenarioFailure.class, () -> catalog.profile("5g"));
    assertTrue(
        unknown.getMessage().contains("bad-cafe")
            && unknown.getMessage().contains("lte-good")
            && unknown.getMessage().contains("4g"),
        unknown.getMessage());
  }
}
