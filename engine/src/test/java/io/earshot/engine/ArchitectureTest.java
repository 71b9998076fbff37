package io.earshot.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * House rule 4 as a test ("one engine, two clocks"): in the engine and the server only the
 * real-time scheduler reads the wall clock or sleeps, and nothing makes an unseeded or JDK-defined
 * random generator. Simulated time replaces that one class, so anything else reading the clock
 * would break it.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.earshot.engine");

  static final ArchRule ONLY_REAL_TIME_READS_THE_CLOCK =
      noClasses()
          .that()
          .haveSimpleNameNotContaining("RealTime")
          .should()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(Thread.class, "sleep", long.class)
          .orShould()
          .callMethod(Thread.class, "sleep", long.class, int.class)
          .orShould()
          .callMethod(TimeUnit.class, "sleep", long.class)
          .orShould()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .because(
              "time and timers come from the Scheduler, so simulated time can replace the real one");

  static final ArchRule NO_UNSEEDED_RANDOMNESS =
      noClasses()
          .that()
          .haveSimpleNameNotContaining("RealTime")
          .and()
          .doNotHaveSimpleName("SeededRandom")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Random.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(SplittableRandom.class)
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.random.RandomGenerator")
          .orShould()
          .callMethod(Math.class, "random")
          .orShould()
          .callMethod(StrictMath.class, "random")
          .orShould()
          .callMethod(UUID.class, "randomUUID")
          .because(
              "every random choice comes from the scenario seed through the project's SeededRandom;"
                  + " only the real-time source of secrets may use SecureRandom");

  @Test
  void onlyTheRealTimeSchedulerReadsTheClockOrSleeps() {
    ONLY_REAL_TIME_READS_THE_CLOCK.check(MAIN);
  }

  /** The one seeded generator wraps the JDK's SplitMix64, and only ever with a seed. */
  static final ArchRule NO_UNSEEDED_JDK_GENERATOR =
      noClasses()
          .should()
          .callConstructor(SplittableRandom.class)
          .orShould()
          .callConstructor(Random.class)
          .because("a JDK generator without a seed would make runs irreproducible");

  @Test
  void noUnseededRandomness() {
    NO_UNSEEDED_RANDOMNESS.check(MAIN);
    NO_UNSEEDED_JDK_GENERATOR.check(MAIN);
  }

  @Test
  void theEngineKnowsNothingOfEmulationOrScenarios() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.earshot.netem..",
            "io.earshot.simulator..",
            "io.earshot.reports..",
            "io.earshot.features..")
        .check(MAIN);
  }

  /** The rules are not vacuous: each flags a class that breaks it. */
  @Test
  void theRulesCatchOffenders() {
    JavaClasses offenders =
        new ClassFileImporter()
            .importClasses(WallClockOffender.class, DiceOffender.class, SleepOffender.class);
    assertTrue(ONLY_REAL_TIME_READS_THE_CLOCK.evaluate(offenders).hasViolation());
    assertTrue(NO_UNSEEDED_RANDOMNESS.evaluate(offenders).hasViolation());
    assertTrue(NO_UNSEEDED_JDK_GENERATOR.evaluate(offenders).hasViolation());
    JavaClasses sleeper = new ClassFileImporter().importClasses(SleepOffender.class);
    assertTrue(ONLY_REAL_TIME_READS_THE_CLOCK.evaluate(sleeper).hasViolation());
  }

  /** Reads the wall clock; test code, never run. */
  static final class WallClockOffender {
    long now() {
      return System.currentTimeMillis();
    }
  }

  /** Makes an unseeded generator; test code, never run. */
  static final class DiceOffender {
    int roll() {
      return new Random().nextInt(6);
    }
  }

  /** Sleeps; test code, never run. */
  static final class SleepOffender {
    void nap() throws InterruptedException {
      Thread.sleep(1);
    }
  }
}
