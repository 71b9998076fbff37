package io.earshot.simulator.dsl;

import io.earshot.engine.EngineState;
import io.earshot.engine.PlayerMediaEvent;
import io.earshot.engine.PlayerState;
import io.earshot.engine.PublisherState;
import io.earshot.engine.RemoteDeviceState;
import io.earshot.engine.RoomState;
import io.earshot.engine.RoomStateChangedReason;
import io.earshot.engine.StreamEvent;
import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.UpdateType;
import io.earshot.simulator.dsl.CallbackArg.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The arguments of each callback a timeline records, in signature order with the room ID and extras
 * left out (contract §3), as an expectation such as {@code onPlayerStateUpdate s1 PLAYING} writes
 * them. An expectation may give fewer words than the signature (a prefix); a list signature's last
 * argument repeats ({@code onRoomUserUpdate ADD alice bob}).
 *
 * @param callback the callback's name
 * @param args its arguments in order
 * @param lastRepeats whether the last argument is a list of one or more words
 */
public record CallbackSignature(String callback, List<CallbackArg> args, boolean lastRepeats) {
  private static final Map<String, CallbackSignature> ALL = new LinkedHashMap<>();

  static {
    CallbackArg error = CallbackArg.ERROR_CODE;
    CallbackArg stream = CallbackArg.of("stream", Kind.STREAM);
    add("onRoomStateChanged", CallbackArg.of("reason", RoomStateChangedReason.class), error);
    add("onRoomStateUpdate", CallbackArg.of("room state", RoomState.class), error);
    addList(
        "onRoomUserUpdate",
        CallbackArg.of("update type", UpdateType.class),
        CallbackArg.of("user ID", Kind.USER_ID));
    addList(
        "onRoomStreamUpdate",
        CallbackArg.of("update type", UpdateType.class),
        CallbackArg.of("stream", Kind.STREAM));
    add(
        "onPublisherStateUpdate",
        stream,
        CallbackArg.of("publisher state", PublisherState.class),
        error);
    add("onPlayerStateUpdate", stream, CallbackArg.of("player state", PlayerState.class), error);
    add(
        "onPublisherStreamEvent",
        CallbackArg.of("publisher stream event", StreamEvent.class, n -> n.contains("PUBLISH")),
        stream);
    add(
        "onPlayerStreamEvent",
        CallbackArg.of("player stream event", StreamEvent.class, n -> n.contains("PLAY_")),
        stream);
    add("onPublisherCapturedAudioFirstFrame");
    add("onPlayerRecvAudioFirstFrame", stream);
    add("onEngineStateUpdate", CallbackArg.of("engine state", EngineState.class));
    add("onDebugError", error, CallbackArg.of("function name", Kind.WORD));
    add("onRemoteMicStateUpdate", stream, CallbackArg.of("device state", RemoteDeviceState.class));
    add("onRoomOnlineUserCountUpdate", CallbackArg.of("count", Kind.COUNT));
    CallbackArg level = CallbackArg.of("quality level", StreamQualityLevel.class);
    add("onPublisherQualityUpdate", stream, level);
    add("onPlayerQualityUpdate", stream, level);
    add(
        "onNetworkQuality",
        CallbackArg.of("user ID (local for this user)", Kind.USER_ID),
        level,
        level);
    add(
        "onPlayerMediaEvent",
        stream,
        CallbackArg.of("player media event", PlayerMediaEvent.class, n -> n.startsWith("AUDIO")));
  }

  public CallbackSignature {
    args = List.copyOf(args);
  }

  private static void add(String callback, CallbackArg... args) {
    ALL.put(callback, new CallbackSignature(callback, List.of(args), false));
  }

  private static void addList(String callback, CallbackArg... args) {
    ALL.put(callback, new CallbackSignature(callback, List.of(args), true));
  }

  /** The names of every recorded callback, in contract order. */
  public static Set<String> names() {
    return Collections.unmodifiableSet(ALL.keySet());
  }

  /** Every signature, in contract order. */
  public static List<CallbackSignature> all() {
    return List.copyOf(ALL.values());
  }

  /** The signature of {@code callback}, or a failure that lists every recorded callback. */
  public static CallbackSignature of(String callback) {
    CallbackSignature signature = ALL.get(callback);
    if (signature == null) {
      throw new IllegalArgumentException(
          "\"" + callback + "\" is not a recorded callback; valid: " + String.join(", ", names()));
    }
    return signature;
  }

  /** The argument at {@code index} of an expectation, or empty past the end of the signature. */
  public Optional<CallbackArg> argAt(int index) {
    if (index < args.size()) {
      return Optional.of(args.get(index));
    }
    return lastRepeats && !args.isEmpty()
        ? Optional.of(args.get(args.size() - 1))
        : Optional.empty();
  }

  /** The problems of an expectation's words, each naming the bad word and the valid values. */
  public List<String> problems(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Optional<CallbackArg> arg = argAt(i);
      if (arg.isEmpty()) {
        out.add(
            callback
                + " takes at most "
                + args.size()
                + (args.size() == 1 ? " argument" : " arguments")
                + " ("
                + usage()
                + "), found "
                + words.size()
                + ": "
                + String.join(" ", words));
        break;
      }
      arg.get().problem(words.get(i)).ifPresent(p -> out.add(p + " (" + usage() + ")"));
    }
    return out;
  }

  /** The expectation's form: {@code onPlayerStateUpdate <stream> <player state> <error code>}. */
  public String usage() {
    String form =
        args.stream().map(a -> "<" + a.label() + ">").collect(Collectors.joining(" ", " ", ""));
    return callback + (args.isEmpty() ? "" : form) + (lastRepeats ? "..." : "");
  }
}
