package io.earshot.simulator.measure.calibration;

import io.earshot.simulator.measure.WavReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The speech-quality calibration corpus (references, degraded files and their PESQ scores), read
 * from {@code earshot.calibration.dir} or the shared directory beside the repository. It is 45 MB
 * and not committed; tests that need it skip when it is absent.
 */
public final class CalibrationCorpus {
  /** System property naming the corpus directory. */
  public static final String PROPERTY = "earshot.calibration.dir";

  /** One degraded file with its PESQ scores. */
  public record Item(
      String ref, String talker, String text, String condition, String family, double pesqWb) {
    /** The reference file. */
    Path referencePath(Path dir) {
      return dir.resolve("ref").resolve(ref + ".wav");
    }

    /** The degraded file. */
    Path degradedPath(Path dir) {
      return dir.resolve("deg").resolve(ref + "--" + condition + ".wav");
    }
  }

  private final Path dir;
  private final List<Item> items;

  private CalibrationCorpus(Path dir, List<Item> items) {
    this.dir = dir;
    this.items = items;
  }

  /** The directory the corpus was read from. */
  public Path dir() {
    return dir;
  }

  /** Every scored degraded file, in scores.csv order. */
  public List<Item> items() {
    return items;
  }

  /** A file's 16 kHz samples. */
  public float[] reference(Item item) throws IOException {
    return WavReader.read(item.referencePath(dir)).mono();
  }

  /** A degraded file's 16 kHz samples. */
  public float[] degraded(Item item) throws IOException {
    return WavReader.read(item.degradedPath(dir)).mono();
  }

  /** The places looked at, in order: the property, then beside the (main) repository root. */
  public static List<Path> candidates() {
    Set<Path> out = new LinkedHashSet<>();
    String property = System.getProperty(PROPERTY, "").trim();
    if (!property.isEmpty()) {
      out.add(Path.of(property).toAbsolutePath().normalize());
      return new ArrayList<>(out);
    }
    Path root = repositoryRoot(Path.of("").toAbsolutePath());
    out.add(root.resolve("../shared/calibration").normalize());
    mainWorktreeRoot(root).ifPresent(r -> out.add(r.resolve("../shared/calibration").normalize()));
    return new ArrayList<>(out);
  }

  /** The corpus, if one of the {@link #candidates()} holds a scores.csv. */
  public static Optional<CalibrationCorpus> find() throws IOException {
    for (Path candidate : candidates()) {
      Path scores = candidate.resolve("scores.csv");
      if (Files.isRegularFile(scores)) {
        return Optional.of(new CalibrationCorpus(candidate, parse(scores)));
      }
    }
    return Optional.empty();
  }

  private static List<Item> parse(Path scores) throws IOException {
    List<String> lines = Files.readAllLines(scores, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(","));
    int ref = header.indexOf("ref");
    int talker = header.indexOf("talker");
    int text = header.indexOf("text");
    int condition = header.indexOf("condition");
    int family = header.indexOf("family");
    int wb = header.indexOf("pesq_wb_mos_lqo");
    List<Item> items = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",");
      items.add(
          new Item(f[ref], f[talker], f[text], f[condition], f[family], Double.parseDouble(f[wb])));
    }
    return items;
  }

  /**
   * Maven runs tests in the module directory; the repository root is the first parent with a .git.
   */
  private static Path repositoryRoot(Path from) {
    for (Path p = from; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return from.getParent() == null ? from : from.getParent();
  }

  /** In a linked git worktree, .git is a file naming the main repository's .git directory. */
  private static Optional<Path> mainWorktreeRoot(Path root) {
    Path dotGit = root.resolve(".git");
    if (!Files.isRegularFile(dotGit)) {
      return Optional.empty();
    }
    try {
      String line = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
      if (!line.startsWith("gitdir:")) {
        return Optional.empty();
      }
      Path gitDir = root.resolve(line.substring("gitdir:".length()).trim()).normalize();
      // <main>/.git/worktrees/<name> -> <main>
      Path worktrees = gitDir.getParent();
      if (worktrees == null || worktrees.getParent() == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(worktrees.getParent().getParent());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
