package io.earshot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locating the tool and checking arguments; no process is started. */
class AllureReportBuilderTest {

  @TempDir Path temp;

  @Test
  void findsTheNewestUnpackedDistributionUnderTarget() throws IOException {
    fakeDistribution(temp.resolve("target/allure-commandline/allure-2.9.0"));
    Path newest = fakeDistribution(temp.resolve("target/allure-commandline/allure-2.34.0"));
    Files.createDirectories(
        temp.resolve("target/allure-commandline/allure-3.0.0")); // not a distribution

    assertEquals(newest, AllureReportBuilder.locateDistribution(null, temp));
  }

  @Test
  void systemPropertyWinsOverTheSearch() throws IOException {
    fakeDistribution(temp.resolve("target/allure-commandline/allure-2.34.0"));
    Path elsewhere = fakeDistribution(temp.resolve("tools/allure-2.30.0"));

    assertEquals(elsewhere, AllureReportBuilder.locateDistribution(elsewhere.toString(), temp));
  }

  @Test
  void missingToolSaysHowToGetIt() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> AllureReportBuilder.locateDistribution(null, temp));
    assertTrue(e.getMessage().contains("mvn -pl reports package"), e.getMessage());
    assertTrue(e.getMessage().contains("earshot.allure.home"), e.getMessage());
  }

  @Test
  void propertyPointingNowhereIsAnErrorNotAFallback() throws IOException {
    fakeDistribution(temp.resolve("target/allure-commandline/allure-2.34.0"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AllureReportBuilder.locateDistribution(temp.resolve("nope").toString(), temp));
    assertTrue(
        e.getMessage().contains("earshot.allure.home=" + temp.resolve("nope")), e.getMessage());
  }

  @Test
  void missingOrEmptyResultsDirectoryIsRejectedBeforeStartingTheTool() throws IOException {
    AllureReportBuilder builder =
        new AllureReportBuilder(fakeDistribution(temp.resolve("allure-2.34.0")));

    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder.build(temp.resolve("allure-results"), temp.resolve("report")));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());

    Path empty = Files.createDirectories(temp.resolve("empty-results"));
    Files.writeString(empty.resolve("notes.txt"), "not a result");
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class, () -> builder.build(empty, temp.resolve("report")));
    assertTrue(none.getMessage().contains("no *-result.json files"), none.getMessage());
  }

  @Test
  void refusesToCleanADirectoryThatIsNotAReport() throws IOException {
    AllureReportBuilder builder =
        new AllureReportBuilder(fakeDistribution(temp.resolve("allure-2.34.0")));
    Path results = Files.createDirectories(temp.resolve("work/allure-results"));
    Files.writeString(results.resolve("x-result.json"), "{}");
    Files.writeString(temp.resolve("work/pom.xml"), "<project/>");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> builder.build(results, temp.resolve("work")));
    assertTrue(e.getMessage().contains("would delete"), e.getMessage());
  }

  @Test
  void rejectsADirectoryThatIsNotADistribution() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new AllureReportBuilder(temp));
    assertTrue(e.getMessage().contains("lib/allure-commandline-*.jar"), e.getMessage());
  }

  @Test
  void comparesVersionsNumerically() {
    assertTrue(AllureReportBuilder.compareVersions("allure-2.9.0", "allure-2.34.0") < 0);
    assertTrue(AllureReportBuilder.compareVersions("allure-2.34.1", "allure-2.34.0") > 0);
  }

  private static Path fakeDistribution(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(dir.resolve("lib/allure-commandline-0.0.0.jar"), "");
    return dir.toAbsolutePath().normalize();
  }
}
