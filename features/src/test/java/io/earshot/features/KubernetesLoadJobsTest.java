package io.earshot.features;

import static io.earshot.features.K8sManifests.after;
import static io.earshot.features.K8sManifests.commandLine;
import static io.earshot.features.K8sManifests.containers;
import static io.earshot.features.K8sManifests.mergeJob;
import static io.earshot.features.K8sManifests.mounts;
import static io.earshot.features.K8sManifests.mountsClaimAt;
import static io.earshot.features.K8sManifests.only;
import static io.earshot.features.K8sManifests.podSpec;
import static io.earshot.features.K8sManifests.shardJob;
import static io.earshot.features.K8sManifests.single;
import static io.earshot.features.K8sManifests.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.earshot.features.K8sManifests.Doc;
import io.earshot.simulator.TimeMode;
import io.earshot.simulator.load.LoadProfile;
import io.earshot.simulator.load.LoadProfileReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The load run's Jobs in the Kubernetes manifests of deploy/k8s, checked offline: an Indexed shard
 * Job whose shard count agrees with its completions and parallelism, that runs against the
 * Service's ports, writes to the results volume and is not retried without end; a merge Job that
 * merges exactly those shards' folders; and a real-time profile in the ConfigMap that Earshot reads
 * and the shards mount where they load it from.
 */
class KubernetesLoadJobsTest {
  private static final Pattern SHARD =
      Pattern.compile("--shard\\s+\"?\\$\\(\\(JOB_COMPLETION_INDEX \\+ 1\\)\\)/(\\d+)\"?(?:\\s|$)");
  private static final Pattern SHARD_OUT =
      Pattern.compile(
          "--out\\s+\"?(/[^\\s\"]*)/shard-\\$\\(\\(JOB_COMPLETION_INDEX \\+ 1\\)\\)\"?");
  private static final Pattern MERGED_SHARD = Pattern.compile("(/.*)/shard-(\\d+)");
  private static final Pattern LOAD_SERVER = Pattern.compile("--server\\s+([\\w.-]+):(\\d+)\\s");
  private static final Pattern LOAD_MEDIA_PORT = Pattern.compile("--media-port\\s+(\\d+)\\s");
  private static final Pattern WAIT_FOR = Pattern.compile("/dev/tcp/([\\w.-]+)/(\\d+)");
  private static final Pattern LOAD_PROFILE = Pattern.compile("earshot load\\s+(/\\S+)");

  @Test
  void shardJobAgreesWithItsShardCountTheServiceAndTheMerge() {
    Doc shards = shardJob();
    JsonNode spec = shards.node().path("spec");
    String command = commandLine(single(containers(podSpec(shards)), shards));
    Matcher shard = SHARD.matcher(command);
    assertTrue(
        shard.find(),
        shards + ": expected --shard \"$((JOB_COMPLETION_INDEX + 1))/N\" in: " + command);
    int n = Integer.parseInt(shard.group(1));
    assertEquals("Indexed", spec.path("completionMode").asText(), shards + ": completionMode");
    assertEquals(n, spec.path("completions").asInt(), shards + ": completions vs --shard i/" + n);
    assertEquals(n, spec.path("parallelism").asInt(), shards + ": parallelism vs --shard i/" + n);

    // A threshold failed (1) or an overloaded harness (3) must not be retried without end.
    assertTrue(
        spec.has("backoffLimit"), shards + ": no backoffLimit (the default retries 6 times)");
    for (JsonNode rule : spec.path("podFailurePolicy").path("rules")) {
      List<Integer> codes = new ArrayList<>();
      rule.path("onExitCodes").path("values").forEach(v -> codes.add(v.asInt()));
      assertFalse(
          rule.path("action").asText().equals("Ignore") && (codes.contains(1) || codes.contains(3)),
          shards + ": Ignore on exit code 1 or 3 reruns a shard without end");
    }

    Matcher out = SHARD_OUT.matcher(command);
    assertTrue(out.find(), shards + ": expected --out DIR/shard-$((JOB_COMPLETION_INDEX + 1))");
    String resultsDir = out.group(1);
    assertTrue(
        mountsClaimAt(podSpec(shards), resultsDir),
        shards + ": " + resultsDir + " is not a persistent volume mount");

    Matcher server = LOAD_SERVER.matcher(command);
    assertTrue(server.find(), shards + ": expected --server HOST:PORT");
    Matcher mediaPort = LOAD_MEDIA_PORT.matcher(command);
    assertTrue(mediaPort.find(), shards + ": expected --media-port PORT");
    Doc service = only("Service");
    assertEquals(service.name(), server.group(1), shards + ": --server is not the Service");
    Map<String, Integer> ports = new HashMap<>();
    service
        .node()
        .path("spec")
        .path("ports")
        .forEach(p -> ports.put(p.path("protocol").asText("TCP"), p.path("port").asInt()));
    assertEquals(ports.get("TCP"), Integer.valueOf(server.group(2)), shards + ": signaling port");
    assertEquals(ports.get("UDP"), Integer.valueOf(mediaPort.group(1)), shards + ": --media-port");
    Matcher waitFor = WAIT_FOR.matcher(command);
    while (waitFor.find()) {
      assertEquals(
          server.group(1) + ":" + server.group(2),
          waitFor.group(1) + ":" + waitFor.group(2),
          shards + ": waits for another server than it runs against");
    }

    Doc merge = mergeJob();
    List<String> mergeArgs = strings(single(containers(podSpec(merge)), merge).path("args"));
    List<String> merged = new ArrayList<>();
    for (String arg : mergeArgs) {
      Matcher m = MERGED_SHARD.matcher(arg);
      if (m.matches()) {
        assertEquals(resultsDir, m.group(1), merge + ": " + arg + " is not where shards write");
        merged.add(arg);
      }
    }
    List<String> expected =
        IntStream.rangeClosed(1, n).mapToObj(i -> resultsDir + "/shard-" + i).toList();
    assertEquals(expected, merged, merge + ": must merge exactly the " + n + " shards' folders");
    assertTrue(
        mountsClaimAt(podSpec(merge), resultsDir),
        merge + ": " + resultsDir + " is not a persistent volume mount");
    assertTrue(
        mergeArgs.contains("--out") && after(mergeArgs, "--out", merge).startsWith(resultsDir),
        merge + ": --out should be on the results volume");
  }

  @Test
  void theShardsReadARealTimeProfileFromTheConfigMap() {
    Doc configMap = only("ConfigMap");
    JsonNode data = configMap.node().path("data");
    assertTrue(data.size() > 0, configMap + ": no data");
    for (Map.Entry<String, JsonNode> e : data.properties()) {
      LoadProfile profile;
      try {
        profile = LoadProfileReader.read(e.getValue().asText());
      } catch (IllegalArgumentException ex) {
        throw new AssertionError(configMap + ": " + e.getKey() + ": " + ex.getMessage(), ex);
      }
      assertEquals(
          TimeMode.REAL_TIME,
          profile.mode(),
          configMap + ": " + e.getKey() + " must say mode: realtime (a remote server)");
    }

    Doc shards = shardJob();
    JsonNode pod = podSpec(shards);
    Matcher profile = LOAD_PROFILE.matcher(commandLine(single(containers(pod), shards)));
    assertTrue(profile.find(), shards + ": expected ./earshot load /PATH/PROFILE.yaml");
    String path = profile.group(1);
    String dir = path.substring(0, path.lastIndexOf('/'));
    String key = path.substring(path.lastIndexOf('/') + 1);
    List<String> mounted =
        mounts(pod, v -> configMap.name().equals(v.path("configMap").path("name").asText()))
            .stream()
            .map(m -> m.path("mountPath").asText())
            .toList();
    assertTrue(mounted.contains(dir), shards + ": " + configMap + " is not mounted at " + dir);
    assertTrue(data.has(key), configMap + ": has no " + key + " for " + shards);
  }
}
