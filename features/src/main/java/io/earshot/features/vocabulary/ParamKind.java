package io.earshot.features.vocabulary;

import io.earshot.engine.PlayerState;
import io.earshot.engine.PublisherState;
import io.earshot.engine.RoomState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of value a sentence's parameter holds. The label names the placeholder in a rendered
 * sentence ({@code "<user>"}); the description says what is accepted. Kinds whose values are an
 * engine enum read them from that enum.
 */
public enum ParamKind {
  USER("user", "a user declared by an earlier Given sentence, e.g. \"alice\""),
  NEW_USER("name", "the name of a new user (also its user ID unless one is given)"),
  USER_ID("user ID", "the user ID a new user logs in with"),
  USERS("users", "declared users: \"a\", \"b\" and \"c\""),
  NEW_USERS("new users", "new users' names: \"alice\", \"bob\" and \"carol\""),
  USER_COUNT("count", "a whole number of users from 1 to 10000"),
  NAME_PATTERN("name", "a user name with {i} where the number goes, e.g. \"listener-{i}\""),
  JOINERS("count", "how many users join (named user-1, user-2, …), from 1 to 10000"),
  ROOM_SIZE("room size", "users per room, 2 or more"),
  ROOM("room", "a room ID, e.g. \"room1\""),
  STREAM("stream", "a stream ID, e.g. \"s1\""),
  STREAMS("streams", "stream IDs: \"s1\" and \"s2\""),
  DURATION("duration", "above 0: 5 seconds, 1 second, 500 ms, 2 minutes, 1.5 seconds"),
  PERIOD("period", "whole milliseconds from 100 ms to 3 seconds"),
  PERCENT("percent", "0% to 100%, e.g. 5% or 0.5%"),
  SEED("seed", "a whole number (64-bit)"),
  FREQUENCY("frequency", "a tone frequency in Hz, at least 20 and below 24000"),
  LEVEL("level", "a sound level, 0 to 100 (20·log10(rms) + 100)"),
  COMPARISON("comparison", "above, below, at least or at most"),
  ROOM_LIMIT("count", "a whole number of users, 1 or more"),
  CALLBACK("callback", "a recorded callback (see the callback table)"),
  CALLBACK_ARGS("arguments", "the callback's arguments in signature order (callback table)"),
  CALLBACK_ERROR("code", "an error code of the engine contract (docs/engine-contract.md)"),
  CALLBACK_TABLE("table", "rows of | callback | arguments |, arguments as for a single callback"),
  FAILURE_CODE(
      "error code", "a non-zero error code of the engine contract (docs/engine-contract.md)"),
  ROOM_STATE("room state", values(RoomState.values())),
  PUBLISHER_STATE("publisher state", values(PublisherState.values())),
  PLAYER_STATE("player state", values(PlayerState.values())),
  PROFILE("profile", "a preset, or a profile defined in the scenario or network-profiles.yaml"),
  NEW_PROFILE("new profile", "the name of a profile this scenario defines"),
  IMPAIRMENTS("impairments", "impairments of the grammar, e.g. 5% loss and 80 ms delay"),
  NETWORK_CHANGE("change", "has <impairments>, is limited to <rate>, is perfect, reorders N%…"),
  TIMELINE_FILE("file", "a YAML timeline next to the feature file"),
  AUDIO_FILE("file", "a WAV file next to the feature file (any common rate and channel count)"),
  MOS("MOS", "a MOS from 1 to 5, e.g. 3.5"),
  MOS_DIFFERENCE("difference", "a MOS difference above 0 and at most 4, e.g. 0.5"),
  LATENCY("latency", "a latency above 0, e.g. 250 ms or 1.5 seconds"),
  PERCENTILE("percentile", "a percentile above 0 and at most 100: 5th, 50th, 95th, 99.9th"),
  BREAK_RATE("rate", "breaks per 10 seconds, above 0, e.g. 1"),
  TIMES("times", "once, twice, or N times with N a whole number from 0"),
  RATIO("ratio", "a number above 0, e.g. 1.5"),
  /** Words the sentence itself lists, shown in place: {@code (mutes|unmutes)}. */
  CHOICE("choice", "one of the words shown");

  private final String label;
  private final String description;

  ParamKind(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The placeholder's name in a rendered sentence. */
  public String label() {
    return label;
  }

  /** What the parameter accepts. */
  public String description() {
    return description;
  }

  /** Whether the sentence shows the accepted words in place instead of a placeholder. */
  public boolean inline() {
    return this == CHOICE || this == COMPARISON;
  }

  /** The engine enum whose constant names this kind accepts, if any. */
  public Optional<List<String>> enumValues() {
    return switch (this) {
      case ROOM_STATE -> Optional.of(names(RoomState.values()));
      case PUBLISHER_STATE -> Optional.of(names(PublisherState.values()));
      case PLAYER_STATE -> Optional.of(names(PlayerState.values()));
      default -> Optional.empty();
    };
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  private static String values(Enum<?>[] constants) {
    return "one of " + String.join(", ", names(constants));
  }
}
