package io.earshot.features;

import static io.earshot.features.K8sManifests.DIR;
import static io.earshot.features.K8sManifests.DOCS;
import static io.earshot.features.K8sManifests.containers;
import static io.earshot.features.K8sManifests.mergeJob;
import static io.earshot.features.K8sManifests.names;
import static io.earshot.features.K8sManifests.ofKind;
import static io.earshot.features.K8sManifests.podSpec;
import static io.earshot.features.K8sManifests.strings;
import static io.earshot.features.K8sManifests.workloads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.earshot.features.K8sManifests.Doc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests of deploy/k8s as a whole, checked offline (kubectl's dry run needs an
 * API server): known kinds with their apiVersions in one Namespace, a kustomization that starts a
 * run but not its merge, volumes that refer to the claim and ConfigMap defined here, and containers
 * that can be scheduled. The server and the load Jobs have their own tests ({@link
 * KubernetesServerManifestsTest}, {@link KubernetesLoadJobsTest}).
 */
class KubernetesManifestsTest {
  private static final Map<String, String> API_VERSIONS =
      Map.of(
          "Namespace", "v1",
          "ConfigMap", "v1",
          "Service", "v1",
          "PersistentVolumeClaim", "v1",
          "Pod", "v1",
          "Deployment", "apps/v1",
          "Job", "batch/v1");

  @Test
  void everyDocumentIsAKnownKindWithItsApiVersionAndAName() {
    assertFalse(DOCS.isEmpty(), "no manifests found in " + DIR.toAbsolutePath());
    for (Doc d : DOCS) {
      assertFalse(d.kind().isEmpty(), d.file() + ": a document without kind");
      assertTrue(
          API_VERSIONS.containsKey(d.kind()),
          d + ": unexpected kind; expected one of " + API_VERSIONS.keySet());
      assertEquals(
          API_VERSIONS.get(d.kind()),
          d.node().path("apiVersion").asText(),
          d + ": wrong apiVersion");
      assertFalse(d.name().isEmpty(), d + ": no metadata.name");
    }
    List<Doc> namespaces = ofKind("Namespace");
    assertTrue(namespaces.size() <= 1, "more than one Namespace: " + namespaces);
    for (Doc ns : namespaces) {
      for (Doc d : DOCS) {
        if (d != ns) {
          assertEquals(
              ns.name(),
              d.node().path("metadata").path("namespace").asText(),
              d + ": not in the Namespace the manifests define");
        }
      }
    }
  }

  @Test
  void kustomizationListsTheSetupButNotTheMerge() throws IOException {
    Path file = DIR.resolve("kustomization.yaml");
    assumeTrue(Files.exists(file), "no kustomization.yaml (it is optional)");
    JsonNode k = new YAMLMapper().readTree(file.toFile());
    Set<String> listed = new HashSet<>();
    k.path("resources").forEach(r -> listed.add(r.asText()));
    for (String r : listed) {
      assertTrue(Files.isRegularFile(DIR.resolve(r)), "kustomization.yaml lists missing " + r);
    }
    for (Doc d : DOCS) {
      if (Set.of("Namespace", "PersistentVolumeClaim", "ConfigMap", "Deployment", "Service")
          .contains(d.kind())) {
        assertTrue(listed.contains(d.file()), "kustomization.yaml leaves out " + d);
      }
    }
    Doc merge = mergeJob();
    assertFalse(
        listed.contains(merge.file()),
        "kustomization.yaml lists " + merge + ", which would merge before the shards ran");
  }

  @Test
  void volumesReferToTheClaimAndConfigMapDefinedHere() {
    Set<String> claims = names("PersistentVolumeClaim");
    Set<String> configMaps = names("ConfigMap");
    for (Doc pvc : ofKind("PersistentVolumeClaim")) {
      assertTrue(
          strings(pvc.node().path("spec").path("accessModes")).contains("ReadWriteMany"),
          pvc + ": shard pods on several nodes need ReadWriteMany");
    }
    for (Doc d : workloads()) {
      JsonNode pod = podSpec(d);
      Set<String> volumes = new HashSet<>();
      for (JsonNode v : pod.path("volumes")) {
        volumes.add(v.path("name").asText());
        if (v.has("persistentVolumeClaim")) {
          String claim = v.path("persistentVolumeClaim").path("claimName").asText();
          assertTrue(claims.contains(claim), d + ": no PersistentVolumeClaim named " + claim);
        }
        if (v.has("configMap")) {
          String map = v.path("configMap").path("name").asText();
          assertTrue(configMaps.contains(map), d + ": no ConfigMap named " + map);
        }
      }
      for (JsonNode c : containers(pod)) {
        for (JsonNode mount : c.path("volumeMounts")) {
          assertTrue(
              volumes.contains(mount.path("name").asText()),
              d + ": mounts undeclared volume " + mount.path("name").asText());
        }
      }
    }
  }

  @Test
  void everyContainerHasAnImageAndResourceRequests() {
    for (Doc d : workloads()) {
      for (JsonNode c : containers(podSpec(d))) {
        String where = d + ", container " + c.path("name").asText();
        String image = c.path("image").asText();
        assertFalse(image.isBlank(), where + ": no image");
        JsonNode requests = c.path("resources").path("requests");
        assertTrue(
            requests.has("cpu") && requests.has("memory"),
            where + ": resources.requests needs cpu and memory, found " + requests);
        // A ":latest" image loaded into the cluster (kind load) is pulled anyway unless told not.
        if (image.endsWith(":latest") || !image.contains(":")) {
          assertTrue(
              Set.of("IfNotPresent", "Never").contains(c.path("imagePullPolicy").asText()),
              where + ": " + image + " needs imagePullPolicy IfNotPresent or Never");
        }
      }
    }
  }
}
