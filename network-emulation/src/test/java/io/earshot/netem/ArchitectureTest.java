package io.earshot.netem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * House rule 4 as a test: only the real-time adapter reads the wall clock or sleeps, and nothing
 * makes an unseeded (or JDK-defined) random generator; the model core uses no Netty.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.earshot.netem");

  private static final ArchRule ONLY_REAL_TIME_READS_THE_CLOCK =
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
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .because("time comes from the EmulationScheduler, so simulated time can replace it");

  private static final ArchRule NO_JDK_RANDOMNESS =
      noClasses()
          .that()
          .doNotHaveSimpleName("SplitMix64")
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
          .because("every draw comes from a seeded project generator (spec 1.3)");

  @Test
  void onlyTheRealTimeAdapterReadsTheClockOrSleeps() {
    ONLY_REAL_TIME_READS_THE_CLOCK.check(MAIN);
  }

  @Test
  void noJdkOrUnseededRandomness() {
    NO_JDK_RANDOMNESS.check(MAIN);
  }

  @Test
  void theModelCoreUsesNoSockets() {
    noClasses()
        .that()
        .resideInAPackage("io.earshot.netem.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.netty..")
        .check(MAIN);
  }

  /** The rules are not vacuous: they flag a class that breaks them. */
  @Test
  void theRulesCatchOffenders() {
    JavaClasses offender = new ClassFileImporter().importClasses(ClockAndDiceOffender.class);
    assertTrue(ONLY_REAL_TIME_READS_THE_CLOCK.evaluate(offender).hasViolation());
    assertTrue(NO_JDK_RANDOMNESS.evaluate(offender).hasViolation());
  }

  /** Breaks both rules on purpose; test code, never run. */
  static final class ClockAndDiceOffender {
    long now() {
      return System.nanoTime();
    }

    double roll() {
      return Math.random();
    }
  }
}
