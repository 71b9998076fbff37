package io.earshot.reports;

import io.earshot.simulator.Simulation;
import io.earshot.simulator.VirtualUser;
import io.qameta.allure.Allure;
import java.util.Map;

/**
 * Attaches what explains a scenario's outcome to its Allure result: each user's callback timeline, each
 * user's network counters, the server's counters, and the mode and seed that reproduce the run.
 */
public final class ScenarioAttachments {
  private ScenarioAttachments() {}

  public static void attach(Simulation sim) {
    Allure.addAttachment("run", "text/plain", "mode: " + sim.mode() + "\nseed: " + sim.seed() + "\n", ".txt");
    for (VirtualUser user : sim.users()) {
      Allure.addAttachment("timeline: " + user.name(), "text/plain", user.timeline().render(), ".txt");
    }
    StringBuilder network = new StringBuilder();
    for (VirtualUser user : sim.users()) {
      network.append("# ").append(user.name()).append('\n').append(user.link().stats().render()).append('\n');
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
}
