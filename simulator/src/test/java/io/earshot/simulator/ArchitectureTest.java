package io.earshot.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.earshot.engine.internal.signaling.MessageTypes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries as a test: it uses other modules only through their public packages, and
 * only real-time adapters (and command-line or benchmark code) read the wall clock or sleep, so a
 * scenario in simulated time replays exactly.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.earshot.simulator");

  static final ArchRule NO_FOREIGN_INTERNALS =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.earshot.engine.internal..", "io.earshot.netem.internal..")
          .because("other modules are used through their public packages only");

  static final ArchRule ONLY_REAL_TIME_READS_THE_CLOCK =
      noClasses()
          .that()
          .haveSimpleNameNotContaining("RealTime")
          .and()
          .resideOutsideOfPackage("..bench..")
          .should()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(Thread.class, "sleep", long.class)
          .orShould()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .because("scenario time comes from the simulation clock, so simulated time replays");

  @Test
  void usesOtherModulesThroughTheirPublicPackagesOnly() {
    NO_FOREIGN_INTERNALS.check(MAIN);
  }

  @Test
  void onlyRealTimeCodeReadsTheClock() {
    ONLY_REAL_TIME_READS_THE_CLOCK.check(MAIN);
  }

  /** The rules are not vacuous: each flags a class that breaks it. */
  @Test
  void theRulesCatchOffenders() {
    JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
    assertTrue(NO_FOREIGN_INTERNALS.evaluate(offender).hasViolation());
    assertTrue(ONLY_REAL_TIME_READS_THE_CLOCK.evaluate(offender).hasViolation());
  }

  /** Reads the clock and reaches into the engine's internals; test code, never run. */
  static final class Offender {
    long now() {
      return System.currentTimeMillis();
    }

    Object internal() {
      return MessageTypes.ALL;
    }
  }
}
