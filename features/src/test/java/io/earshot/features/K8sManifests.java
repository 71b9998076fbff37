package io.earshot.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The Kubernetes manifests of deploy/k8s as the Kubernetes*Test classes see them: every YAML
 * document of every manifest (kustomization.yaml aside), read once, and the helpers that find
 * kinds, Jobs, pod specs, containers, ports, mounts and arguments in them.
 */
final class K8sManifests {
  static final Path DIR = Path.of("../deploy/k8s");

  /** One YAML document of one file. */
  record Doc(String file, JsonNode node) {
    String kind() {
      return node.path("kind").asText();
    }

    String name() {
      return node.path("metadata").path("name").asText();
    }

    @Override
    public String toString() {
      return file + ": " + kind() + " " + name();
    }
  }

  static final List<Doc> DOCS = readManifests();

  private K8sManifests() {}

  private static List<Doc> readManifests() {
    List<Doc> docs = new ArrayList<>();
    YAMLMapper yaml = new YAMLMapper();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(K8sManifests::isManifest).sorted().toList()) {
        try (MappingIterator<JsonNode> it =
            yaml.readerFor(JsonNode.class).readValues(file.toFile())) {
          while (it.hasNext()) {
            JsonNode node = it.next();
            if (node != null && !node.isNull() && !node.isMissingNode()) {
              docs.add(new Doc(file.getFileName().toString(), node));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the manifests in " + DIR.toAbsolutePath(), e);
    }
    return List.copyOf(docs);
  }

  private static boolean isManifest(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") && !name.equals("kustomization.yaml");
  }

  // --- finding things in the manifests

  static List<Doc> ofKind(String kind) {
    return DOCS.stream().filter(d -> d.kind().equals(kind)).toList();
  }

  static Doc only(String kind) {
    List<Doc> found = ofKind(kind);
    assertEquals(1, found.size(), "expected exactly one " + kind + ", found " + found);
    return found.get(0);
  }

  static Set<String> names(String kind) {
    Set<String> names = new HashSet<>();
    ofKind(kind).forEach(d -> names.add(d.name()));
    return names;
  }

  static List<Doc> workloads() {
    return DOCS.stream()
        .filter(d -> Set.of("Deployment", "Job", "Pod").contains(d.kind()))
        .toList();
  }

  static Doc shardJob() {
    return onlyJob("runs earshot load --shard", c -> c.contains("--shard"));
  }

  static Doc mergeJob() {
    return onlyJob(
        "runs earshot merge", c -> c.startsWith("merge ") || c.contains("earshot merge "));
  }

  private static Doc onlyJob(String what, Predicate<String> command) {
    List<Doc> jobs =
        ofKind("Job").stream()
            .filter(j -> containers(podSpec(j)).stream().map(c -> commandLine(c)).anyMatch(command))
            .toList();
    assertEquals(1, jobs.size(), "expected exactly one Job that " + what + ", found " + jobs);
    return jobs.get(0);
  }

  static JsonNode podSpec(Doc d) {
    return d.kind().equals("Pod")
        ? d.node().path("spec")
        : d.node().path("spec").path("template").path("spec");
  }

  static List<JsonNode> containers(JsonNode podSpec) {
    List<JsonNode> out = new ArrayList<>();
    podSpec.path("containers").forEach(out::add);
    return out;
  }

  static JsonNode single(List<JsonNode> containers, Doc d) {
    assertEquals(1, containers.size(), d + ": expected one container");
    return containers.get(0);
  }

  /** The container's command and arguments as one line, the way a shell would see them. */
  static String commandLine(JsonNode container) {
    List<String> words = new ArrayList<>(strings(container.path("command")));
    words.addAll(strings(container.path("args")));
    return String.join(" ", words);
  }

  /** The container port a Service's targetPort (a name or a number; default: port) refers to. */
  static JsonNode containerPort(JsonNode container, JsonNode target, JsonNode port) {
    JsonNode ref = target.isMissingNode() ? port : target;
    for (JsonNode p : container.path("ports")) {
      if (ref.isTextual() && !ref.asText().matches("\\d+")
          ? ref.asText().equals(p.path("name").asText())
          : ref.asInt() == p.path("containerPort").asInt()) {
        return p;
      }
    }
    return null;
  }

  /** Whether the pod mounts a persistent volume claim at {@code path}, writable. */
  static boolean mountsClaimAt(JsonNode podSpec, String path) {
    return mounts(podSpec, v -> v.has("persistentVolumeClaim")).stream()
        .anyMatch(
            m -> m.path("mountPath").asText().equals(path) && !m.path("readOnly").asBoolean());
  }

  /** The pod's containers' mounts of the volumes that {@code volume} accepts. */
  static List<JsonNode> mounts(JsonNode podSpec, Predicate<JsonNode> volume) {
    Set<String> names = new HashSet<>();
    for (JsonNode v : podSpec.path("volumes")) {
      if (volume.test(v)) {
        names.add(v.path("name").asText());
      }
    }
    List<JsonNode> mounts = new ArrayList<>();
    for (JsonNode c : containers(podSpec)) {
      for (JsonNode mount : c.path("volumeMounts")) {
        if (names.contains(mount.path("name").asText())) {
          mounts.add(mount);
        }
      }
    }
    return mounts;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static Map<String, String> labels(JsonNode object) {
    Map<String, String> out = new TreeMap<>();
    object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  static String after(List<String> args, String option, Doc d) {
    int i = args.indexOf(option);
    assertTrue(i >= 0 && i + 1 < args.size(), d + ": no " + option + " VALUE in " + args);
    return args.get(i + 1);
  }

  static int intAfter(List<String> args, String option, Doc d) {
    String value = after(args, option, d);
    assertTrue(value.matches("\\d+"), d + ": " + option + " " + value + " is not a port");
    return Integer.parseInt(value);
  }

  static void assertSubset(Map<String, String> part, Map<String, String> whole, String m) {
    part.forEach((k, v) -> assertEquals(v, whole.get(k), m + " (label " + k + ")"));
  }
}
