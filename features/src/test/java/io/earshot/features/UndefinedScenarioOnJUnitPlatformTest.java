package io.earshot.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Under the JUnit Platform, as {@code mvn verify} runs features, a misspelt sentence fails its
 * scenario with the closest sentences, in the test result and in the Allure result (status
 * "failed", not "unknown" or "skipped").
 */
class UndefinedScenarioOnJUnitPlatformTest {
  @TempDir Path dir;

  @Test
  void aMisspeltSentenceIsAFailureWithDidYouMean() throws IOException {
    Path feature =
        Files.writeString(
            dir.resolve("typo.feature"),
            "Feature: typo\n\n  Scenario: heers\n"
                + "    Given the reference server is running\n"
                + "    And users \"alice\" and \"bob\"\n"
                + "    Then \"bob\" heers stream \"s1\" within 2 seconds\n");
    Path results = dir.resolve("allure-results");
    AllureLifecycle saved = Allure.getLifecycle();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    try {
      Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(results)));
      LauncherDiscoveryRequest request =
          LauncherDiscoveryRequestBuilder.request()
              .selectors(DiscoverySelectors.selectFile(feature.toFile()))
              .filters(EngineFilter.includeEngines("cucumber"))
              .configurationParameter(GLUE_PROPERTY_NAME, "io.earshot.features.steps")
              .configurationParameter(
                  PLUGIN_PROPERTY_NAME, "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm")
              .build();
      LauncherFactory.create().execute(request, listener);
    } finally {
      Allure.setLifecycle(saved);
    }
    TestExecutionSummary summary = listener.getSummary();
    assertEquals(1, summary.getTestsFailedCount(), "failed");
    assertEquals(0, summary.getTestsSkippedCount() + summary.getTestsAbortedCount(), "skipped");
    String message = summary.getFailures().get(0).getException().getMessage();
    assertTrue(
        message.contains("did you mean:\n    Then \"<user>\" hears stream \"<stream>\""), message);
    List<String> allure;
    try (Stream<Path> files = Files.list(results)) {
      allure =
          files
              .filter(f -> f.toString().endsWith("-result.json"))
              .map(
                  f -> {
                    try {
                      return Files.readString(f);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .toList();
    }
    assertEquals(1, allure.size());
    var result = new ObjectMapper().readTree(allure.get(0));
    assertEquals("failed", result.get("status").asText(), allure.get(0));
    assertTrue(
        result.get("statusDetails").get("message").asText().contains("did you mean"),
        allure.get(0));
  }
}
