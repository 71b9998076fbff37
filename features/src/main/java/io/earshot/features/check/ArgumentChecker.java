package io.earshot.features.check;

import io.earshot.features.steps.StepValues;
import io.earshot.features.vocabulary.EditDistance;
import io.earshot.features.vocabulary.ParamKind;
import io.earshot.netem.profile.NetworkPresets;
import io.earshot.netem.profile.ProfileSchedule;
import io.earshot.simulator.dsl.CrowdDsl;
import io.earshot.simulator.network.ProfileCatalog;
import io.earshot.simulator.quality.SourceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the parameters of a scenario's sentences in order, remembering what earlier sentences
 * declared: users (a sentence may only name a user declared before it), network profiles defined in
 * the scenario, and the stream and user IDs that callback expectations may name.
 */
final class ArgumentChecker {
  private static final NetworkPresets PRESETS = NetworkPresets.standard();

  private final Map<String, String> users = new LinkedHashMap<>();
  private final Set<String> defined = new LinkedHashSet<>();
  private final ProfileCatalog profiles;
  private final Optional<Path> folder;
  private final CallbackChecks callbacks;

  ArgumentChecker(Optional<Path> folder, List<MatchedStep> steps) {
    this.folder = folder;
    this.profiles = new ProfileCatalog(folder);
    Set<String> userIds = new LinkedHashSet<>();
    Set<String> streams = new LinkedHashSet<>();
    for (MatchedStep step : steps) {
      step.valueOf(ParamKind.NEW_USER)
          .ifPresent(n -> userIds.add(step.valueOf(ParamKind.USER_ID).orElse(n)));
      step.valueOf(ParamKind.NEW_USERS).ifPresent(v -> userIds.addAll(quietList(v)));
      userIds.addAll(quietCrowd(step));
      step.valueOf(ParamKind.STREAM).ifPresent(streams::add);
      step.valueOf(ParamKind.STREAMS).ifPresent(v -> streams.addAll(quietList(v)));
    }
    this.callbacks = new CallbackChecks(userIds, streams);
  }

  /** The problems of one sentence; declares what it declares for the sentences after it. */
  List<Problem> check(MatchedStep step) {
    List<Problem> out = new ArrayList<>();
    List<ParamKind> kinds = step.definition().kinds();
    for (int i = 0; i < kinds.size(); i++) {
      ParamKind kind = kinds.get(i);
      if (kind == ParamKind.CALLBACK_TABLE) {
        out.addAll(callbacks.table(step));
        continue;
      }
      String value = i < step.values().size() ? step.values().get(i) : null;
      if (value != null) {
        check(kind, value, step).ifPresent(p -> out.add(step.problem(p)));
      }
    }
    return out;
  }

  private Optional<String> check(ParamKind kind, String value, MatchedStep step) {
    try {
      return switch (kind) {
        case USER -> declared(value);
        case USERS ->
            StepValues.userList(value).stream()
                .map(this::declared)
                .flatMap(Optional::stream)
                .findFirst();
        case NEW_USER -> declare(value, step.valueOf(ParamKind.USER_ID).orElse(value));
        case NEW_USERS ->
            StepValues.userList(value).stream()
                .map(n -> declare(n, n))
                .flatMap(Optional::stream)
                .findFirst();
        case NAME_PATTERN -> namedUsers(step.valueOf(ParamKind.USER_COUNT).orElse(""), value);
        case JOINERS -> declareAll(CrowdDsl.joinerNames(Integer.parseInt(value)));
        case STREAMS -> quietly(() -> StepValues.userList(value));
        case PROFILE -> profile(value);
        case NEW_PROFILE -> {
          defined.add(value);
          yield quietly(
              () -> profiles.define(value, step.valueOf(ParamKind.IMPAIRMENTS).orElse("")));
        }
        case TIMELINE_FILE -> timeline(value);
        case AUDIO_FILE -> audioFile(value);
        case CALLBACK_ARGS, CALLBACK_ERROR -> Optional.empty();
        case CALLBACK -> callbacks.expectation(value, expectedArgs(step));
        case LEVEL -> ValueChecks.check(kind, value).or(() -> alwaysTrue(value, step));
        default -> ValueChecks.check(kind, value);
      };
    } catch (RuntimeException | AssertionError e) {
      return Optional.of(e.getMessage());
    }
  }

  private static String expectedArgs(MatchedStep step) {
    return step.valueOf(ParamKind.CALLBACK_ARGS).orElse("")
        + step.valueOf(ParamKind.CALLBACK_ERROR).map(e -> " " + e).orElse("");
  }

  private Optional<String> profile(String name) {
    try {
      profiles.profile(name);
      return Optional.empty();
    } catch (RuntimeException | AssertionError e) {
      Set<String> names = new TreeSet<>(defined);
      names.addAll(PRESETS.names());
      names.addAll(PRESETS.aliases().keySet());
      return Optional.of(
          e.getMessage()
              + EditDistance.closest(name, names)
                  .map(c -> "; did you mean \"" + c + "\"?")
                  .orElse(""));
    }
  }

  private Optional<String> declared(String name) {
    if (users.containsKey(name)) {
      return Optional.empty();
    }
    return Optional.of(
        "no user \""
            + name
            + "\" is declared before this sentence; declared: "
            + (users.isEmpty() ? "none" : String.join(", ", users.keySet()))
            + EditDistance.closest(name, users.keySet())
                .map(c -> " (did you mean \"" + c + "\"?)")
                .orElse(" (declare one with: Given a user \"" + name + "\")"));
  }

  private Optional<String> declare(String name, String userId) {
    if (users.putIfAbsent(name, userId) != null) {
      return Optional.of("a user named \"" + name + "\" is already declared in this scenario");
    }
    return Optional.empty();
  }

  /** Declares the users of a numbered name (a wrong count is the count's own problem). */
  private Optional<String> namedUsers(String count, String pattern) {
    if (ValueChecks.check(ParamKind.USER_COUNT, count).isPresent()) {
      return Optional.empty();
    }
    return declareAll(CrowdDsl.names(Integer.parseInt(count), pattern));
  }

  private Optional<String> declareAll(List<String> names) {
    return names.stream().map(n -> declare(n, n)).flatMap(Optional::stream).findFirst();
  }

  /** The users a crowd sentence creates, or none when its values are wrong. */
  private static List<String> quietCrowd(MatchedStep step) {
    try {
      Optional<String> joiners = step.valueOf(ParamKind.JOINERS);
      if (joiners.isPresent()) {
        return CrowdDsl.joinerNames(Integer.parseInt(joiners.get()));
      }
      Optional<String> pattern = step.valueOf(ParamKind.NAME_PATTERN);
      Optional<String> count = step.valueOf(ParamKind.USER_COUNT);
      return pattern.isPresent() && count.isPresent()
          ? CrowdDsl.names(Integer.parseInt(count.get()), pattern.get())
          : List.of();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  private Optional<String> timeline(String name) {
    Path file = folder.map(f -> f.resolve(name)).orElse(Path.of(name));
    if (!Files.isRegularFile(file)) {
      return Optional.of(
          "expected a YAML network timeline next to the feature file, found no file "
              + file.toAbsolutePath());
    }
    try {
      ProfileSchedule.fromYaml(Files.readString(file));
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of(file.getFileName() + ": " + e.getMessage());
    }
  }

  private Optional<String> audioFile(String name) {
    Path file = folder.map(f -> f.resolve(name)).orElse(Path.of(name));
    return quietly(() -> SourceCatalog.file(file));
  }

  /** A level comparison that no level (0–100) can fail checks nothing. */
  private static Optional<String> alwaysTrue(String value, MatchedStep step) {
    double level = Double.parseDouble(value);
    String comparison = step.valueOf(ParamKind.COMPARISON).orElse("");
    boolean always =
        comparison.equals("at least") && level <= 0 || comparison.equals("at most") && level >= 100;
    boolean never =
        comparison.equals("above") && level >= 100 || comparison.equals("below") && level <= 0;
    if (always || never) {
      return Optional.of(
          "\""
              + comparison
              + " "
              + value
              + "\" is "
              + (always ? "true" : "false")
              + " for every sound level (0 to 100), so it checks nothing");
    }
    return Optional.empty();
  }

  private static Optional<String> quietly(Runnable check) {
    check.run();
    return Optional.empty();
  }

  private static List<String> quietList(String text) {
    try {
      return StepValues.userList(text);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }
}
