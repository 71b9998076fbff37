package io.earshot.netem.profile;

import static io.earshot.netem.profile.LossModelTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.netem.Direction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact YAML form, the shipped presets, and the validation messages. */
class ProfileYamlTest {

  @Test
  void compactDirectionFormBuildsTheSameProfileAsTheBuilder() {
    DirectionProfile fromYaml =
        DirectionProfile.fromYaml(
            """
                delay: 40ms
                jitter: 5ms
                jitter-distribution: normal
                delay-correlation: 25%
                loss: {model: bursts, rate: 5%, burst: 3}
                rate: {bits: 64kbit, queue-delay: 100ms, discipline: codel}
                duplicate: 1%
                corrupt: {rate: 0.5%, bits: 2}
                reorder: {model: late, rate: 3%, packets: 2}
                outages:
                  - {at: 10s, duration: 3s, mode: hold}
                  - {model: random, mean-on: 10s, mean-off: 1s}
                """);
    DirectionProfile built =
        DirectionProfile.builder()
            .delay(
                DelayModel.fixed(Duration.ofMillis(40))
                    .withJitter(JitterDistribution.normal(Duration.ofMillis(5)))
                    .withCorrelation(0.25))
            .loss(LossModel.inBursts(0.05, 3))
            .rate(
                RateLimit.of(64_000)
                    .withQueueDelay(Duration.ofMillis(100))
                    .withDiscipline(QueueDiscipline.CODEL))
            .duplicate(DuplicateModel.of(0.01))
            .corrupt(CorruptModel.bitFlips(0.005, 2))
            .reorder(ReorderModel.late(0.03, 2))
            .outage(
                OutageModel.scheduled(
                    Duration.ofSeconds(10), Duration.ofSeconds(3), OutageMode.HOLD))
            .outage(
                OutageModel.randomOnOff(
                    Duration.ofSeconds(10), Duration.ofSeconds(1), OutageMode.DROP))
            .build();
    assertEquals(built, fromYaml);
    assertEquals(
        List.of(
            "outage-gate",
            "outage",
            "duplicate",
            "queue",
            "loss",
            "corrupt",
            "delay",
            "reorder",
            "order"),
        fromYaml.stageNames());
  }

  @Test
  void everyLossModelHasAYamlForm() {
    assertEquals(LossModel.random(0.02), DirectionProfile.fromYaml("loss: 2%").loss());
    assertEquals(
        LossModel.correlated(0.03, 0.25),
        DirectionProfile.fromYaml("loss: {model: correlated, rate: 3%, correlation: 25%}").loss());
    assertEquals(
        LossModel.gilbertElliott(0.018, 0.33, 1, 0),
        DirectionProfile.fromYaml("loss: {model: gilbert-elliott, p: 1.8%, r: 33%}").loss());
    assertEquals(
        LossModel.fourState(0.02, 0.4, 0.3, 0.5, 0.005),
        DirectionProfile.fromYaml(
                "loss: {model: four-state, p13: 2%, p31: 40%, p32: 30%, p23: 50%, p14: 0.5%}")
            .loss());
    assertEquals(
        LossModel.bursty(4, 0.625, 50),
        DirectionProfile.fromYaml("loss: {model: bursty, burst: 4, density: 62.5%, gap: 50}")
            .loss());
    assertEquals(
        LossModel.kOfN(5, 100),
        DirectionProfile.fromYaml("loss: {model: k-of-n, k: 5, n: 100}").loss());
    assertEquals(
        LossModel.everyNth(10, 2),
        DirectionProfile.fromYaml("loss: {model: every-nth, n: 10, offset: 2}").loss());
    assertEquals(
        LossModel.list(1, 5),
        DirectionProfile.fromYaml("loss: {model: list, packets: [5, 1]}").loss());
    assertEquals(
        LossModel.burstAt(Duration.ofSeconds(2), 5),
        DirectionProfile.fromYaml("loss: {model: burst-at, at: 2s, count: 5}").loss());
    assertTrue(
        DirectionProfile.fromYaml("loss: 1%\nloss-position: before-queue").lossBeforeQueue());
  }

  @Test
  void errorsNameTheFieldAndTheAllowedRange() {
    assertRejected(
        () -> DirectionProfile.fromYaml("loss: 150%"),
        "loss: expected a " + "probability in [0, 1]");
    assertRejected(
        () -> DirectionProfile.fromYaml("delay: 40"), "delay: expected a duration such as '40ms'");
    assertRejected(() -> DirectionProfile.fromYaml("delay: 2h"), "expected a duration unit");
    assertRejected(
        () -> DirectionProfile.fromYaml("dealy: 40ms"),
        "dealy: unknown field; known fields here: allow-reordering, corrupt, delay");
    assertRejected(
        () -> DirectionProfile.fromYaml("rate: 64kbyte"),
        "rate: expected a rate unit bit, kbit, mbit or gbit");
    assertRejected(
        () -> DirectionProfile.fromYaml("rate: 10bit"),
        "rate: expected a rate in [100 bit/s, 100 Gbit/s]");
    assertRejected(
        () -> DirectionProfile.fromYaml("loss: {model: bursts, rate: 60%, burst: 1}"),
        "loss: mean burst length must be >= q/(1-q) = 1.5");
    assertRejected(
        () -> DirectionProfile.fromYaml("loss: {model: magic}"),
        "loss.model: expected one of random, correlated, bursts");
    assertRejected(
        () -> DirectionProfile.fromYaml("rate: {bits: 1mbit, queue-packets: 0}"),
        "rate.queue-packets: expected a whole " + "number in [1, 10000000]");
    assertRejected(
        () ->
            DirectionProfile.fromYaml(
                "jitter: {distribution: pareto, " + "scale: 5ms, alpha: 0.5}"),
        "jitter.alpha: expected a number in [1.000001, 100]");
    assertRejected(
        () -> DirectionProfile.fromYaml("reorder: {model: netem, rate: 5%}"),
        "needs a delay > 0 ms");
    assertRejected(() -> DirectionProfile.fromYaml("- a\n- b"), "expected a mapping");
    assertRejected(() -> DirectionProfile.fromYaml("!!java.util.Date {}"), "invalid YAML");
    assertRejected(() -> LinkProfile.fromYaml("both: {}\nuplink: {}"), "either 'both'");
  }

  @Test
  void linkProfilesHaveTwoDirections() {
    LinkProfile link =
        LinkProfile.fromYaml(
            """
                name: office
                uplink: {delay: 10ms, rate: 2mbit}
                downlink: {delay: 20ms}
                """);
    assertEquals("office", link.name());
    assertEquals(Duration.ofMillis(10), link.direction(Direction.UPLINK).delay().base());
    assertEquals(2_000_000, link.uplink().rate().bitsPerSecond());
    assertNull(link.downlink().rate());
  }

  @Test
  void thePresetsLoadWithAliasesAndSources() {
    NetworkPresets presets = NetworkPresets.standard();
    for (String name :
        List.of(
            "ideal",
            "wifi-good",
            "dsl-good",
            "dsl-poor",
            "lte-good",
            "hspa",
            "3g",
            "edge",
            "gprs",
            "high-latency",
            "high-jitter",
            "satellite-geo",
            "starlink",
            "volte-qci1-limit",
            "mtsi-wireless-link",
            "chaos-steady",
            "chaos-noisy",
            "chaos-unstable",
            "chaos-very-unstable",
            "g1050-a",
            "g1050-h")) {
      assertTrue(presets.names().contains(name), name);
      assertTrue(!presets.source(name).isBlank());
    }
    assertEquals(presets.profile("lte-good"), presets.profile("4g"));
    assertEquals(presets.profile("ideal"), presets.profile("perfect"));
    assertEquals(presets.profile("wifi-good"), presets.profile("wifi"));
    assertEquals(presets.profile("dsl-good"), presets.profile("dsl"));
    assertEquals(presets.profile("satellite-geo"), presets.profile("satellite"));
    LinkProfile lte = presets.profile("4g");
    assertEquals(50_000_000, lte.uplink().rate().bitsPerSecond());
    assertEquals(100_000_000, lte.downlink().rate().bitsPerSecond());
    assertEquals(JitterDistribution.uniform(Duration.ofMillis(15)), lte.uplink().delay().jitter());
    assertEquals(0.002, lte.uplink().loss().lossRate(), 1e-12);
    assertEquals(DirectionProfile.IDEAL, presets.profile("ideal").uplink());
    LinkProfile volte = presets.profile("volte-qci1-limit");
    assertEquals(LossModel.inBursts(0.01, 2), volte.uplink().loss());
    assertTrue(presets.source("3g").contains("Loadero"));
  }

  @Test
  void unknownPresetsListTheKnownOnes() {
    assertRejected(
        () -> NetworkPresets.standard().profile("5g"),
        "unknown network preset '5g'; known presets: 3g, chaos-noisy");
    assertRejected(
        () -> NetworkPresets.fromYaml("presets: {a: {source: x, both: {}}}\naliases: {b: c}"),
        "aliases.b: refers to unknown preset 'c'; known presets: a");
    assertRejected(
        () -> NetworkPresets.fromYaml("presets: {a: {both: {}}}"), "presets.a.source: required");
    assertRejected(
        () -> NetworkPresets.fromYaml("presets: {a: {source: x, both: {loss: 2}}}"),
        "presets.a.both.loss: expected a probability in [0, 1]");
  }
}
