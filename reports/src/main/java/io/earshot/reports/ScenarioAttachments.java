package io.earshot.reports;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.VirtualUser;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attaches what explains a scenario's outcome to its Allure result: each user's callback timeline,
 * each user's network counters, the server's counters, and the mode and seed that reproduce the
 * run.
 */
public final class ScenarioAttachments {
  private ScenarioAttachments() {}

  /**
   * The Allure test case running on this thread, read while a step runs (inside hooks Allure's
   * context points at the hook, not the test case).
   */
  public static Optional<String> currentTestCase() {
    return Allure.getLifecycle().getCurrentTestCase();
  }

  /**
   * @param testCaseUuid the scenario's Allure test case, from {@link #currentTestCase()}
   */
  public static void attach(Simulation sim, Optional<String> testCaseUuid) {
    testCaseUuid.ifPresent(uuid -> markMode(sim, uuid));
    Allure.addAttachment(
        "run", "text/plain", "mode: " + sim.mode() + "\nseed: " + sim.seed() + "\n", ".txt");
    for (VirtualUser user : sim.users()) {
      Allure.addAttachment(
          "timeline: " + user.name(), "text/plain", user.timeline().render(), ".txt");
    }
    StringBuilder network = new StringBuilder();
    for (VirtualUser user : sim.users()) {
      network
          .append("# ")
          .append(user.name())
          .append('\n')
          .append("profile ")
          .append(user.link().profile().describe())
          .append('\n')
          .append(user.link().stats().render())
          .append('\n');
    }
    StringBuilder engines = new StringBuilder();
    for (VirtualUser user : sim.users()) {
      engines.append("# ").append(user.name()).append('\n');
      user.engine()
          .counters()
          .forEach((k, v) -> engines.append(k).append(' ').append(v).append('\n'));
    }
    if (!engines.isEmpty()) {
      Allure.addAttachment("engine counters", "text/plain", engines.toString(), ".txt");
    }
    if (!network.isEmpty()) {
      Allure.addAttachment("network counters", "text/plain", network.toString(), ".txt");
    }
    Map<String, Long> server = sim.serverCounters();
    if (!server.isEmpty()) {
      StringBuilder text = new StringBuilder();
      server.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
      Allure.addAttachment("server counters", "text/plain", text.toString(), ".txt");
    }
  }

  /**
   * Shows the time mode as a parameter, and gives real-time results their own history ID: the same
   * scenario run in both modes is two results, not a retry of one.
   */
  private static void markMode(Simulation sim, String testCaseUuid) {
    Allure.getLifecycle()
        .updateTestCase(
            testCaseUuid,
            result -> {
              List<Parameter> parameters = new ArrayList<>(result.getParameters());
              parameters.add(new Parameter().setName("time mode").setValue(sim.mode().name()));
              parameters.add(new Parameter().setName("seed").setValue(String.valueOf(sim.seed())));
              result.setParameters(parameters);
              if (sim.mode() == TimeMode.REAL_TIME && result.getHistoryId() != null) {
                result.setHistoryId(result.getHistoryId() + "-realtime");
                result.setName(result.getName() + " (real time)");
              }
            });
  }
}
