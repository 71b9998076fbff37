package io.earshot.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The smoke subset ({@code @smoke}) again on real sockets and the wall clock. Failsafe runs this
 * suite in its own JVM with {@code earshot.mode=realtime} (see the features pom). The JUnit
 * Platform's tag filter leaves the other scenarios out of the suite altogether; Cucumber's own
 * {@code cucumber.filter.tags} would report each of them as skipped.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories({"calls", "contract", "network", "quality", "reconnection"})
@IncludeTags("smoke")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.earshot.features.steps")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value =
        "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm,io.earshot.features.steps.StepNotesPlugin")
public class RunRealTimeSmokeIT {}
