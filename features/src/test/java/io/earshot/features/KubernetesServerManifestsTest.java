package io.earshot.features;

import static io.earshot.features.K8sManifests.after;
import static io.earshot.features.K8sManifests.assertSubset;
import static io.earshot.features.K8sManifests.containerPort;
import static io.earshot.features.K8sManifests.containers;
import static io.earshot.features.K8sManifests.intAfter;
import static io.earshot.features.K8sManifests.labels;
import static io.earshot.features.K8sManifests.only;
import static io.earshot.features.K8sManifests.podSpec;
import static io.earshot.features.K8sManifests.single;
import static io.earshot.features.K8sManifests.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.earshot.features.K8sManifests.Doc;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The server in the Kubernetes manifests of deploy/k8s, checked offline: one Deployment whose
 * selector selects its pods, a Service that selects them too, and Service ports, container ports
 * and readiness probe that agree with the ports the server's arguments make it listen on.
 */
class KubernetesServerManifestsTest {
  @Test
  void theServiceSelectsTheServerDeploymentsPods() {
    Doc deployment = only("Deployment");
    JsonNode spec = deployment.node().path("spec");
    assertEquals(1, spec.path("replicas").asInt(1), deployment + ": one server for all shards");
    Map<String, String> podLabels = labels(spec.path("template").path("metadata").path("labels"));
    Map<String, String> selector = labels(spec.path("selector").path("matchLabels"));
    assertFalse(selector.isEmpty(), deployment + ": empty selector.matchLabels");
    assertSubset(selector, podLabels, deployment + ": selector does not match the pod labels");
    Doc service = only("Service");
    Map<String, String> serviceSelector = labels(service.node().path("spec").path("selector"));
    assertFalse(serviceSelector.isEmpty(), service + ": empty selector");
    assertSubset(serviceSelector, podLabels, service + ": selector does not match the server pods");
  }

  @Test
  void servicePortsMatchTheServerContainerAndItsArguments() {
    Doc deployment = only("Deployment");
    JsonNode container = single(containers(podSpec(deployment)), deployment);
    List<String> args = strings(container.path("args"));
    int signaling = intAfter(args, "--signaling-port", deployment);
    int media = intAfter(args, "--media-port", deployment);
    assertEquals("0.0.0.0", after(args, "--host", deployment), deployment + ": --host");
    assertTrue(args.contains("--for-load-runs"), deployment + ": server without --for-load-runs");

    Doc service = only("Service");
    Map<String, Integer> servicePorts = new TreeMap<>();
    for (JsonNode port : service.node().path("spec").path("ports")) {
      String protocol = port.path("protocol").asText("TCP");
      JsonNode target = containerPort(container, port.path("targetPort"), port.path("port"));
      assertNotNull(target, service + ": targetPort " + port.path("targetPort") + " is undeclared");
      assertEquals(
          protocol,
          target.path("protocol").asText("TCP"),
          service + ": port " + port.path("port") + " and its container port differ in protocol");
      int expected = protocol.equals("UDP") ? media : signaling;
      assertEquals(
          expected,
          target.path("containerPort").asInt(),
          service + ": " + protocol + " goes to a port the server does not listen on");
      servicePorts.put(protocol, port.path("port").asInt());
    }
    assertEquals(Map.of("TCP", 9000, "UDP", 9001), servicePorts, service + ": ports");

    JsonNode probe = container.path("readinessProbe").path("tcpSocket").path("port");
    JsonNode probed = containerPort(container, probe, probe);
    assertTrue(
        probed != null && probed.path("containerPort").asInt() == signaling,
        deployment + ": readiness probe should open the signaling port, found " + probe);
  }
}
