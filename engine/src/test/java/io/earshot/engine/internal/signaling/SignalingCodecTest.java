package io.earshot.engine.internal.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.signaling.SignalingMessage.*;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SignalingCodecTest {
  private static final WireUser ALICE = new WireUser("alice", "Alice/Ünïcødé \"quoted\"");
  private static final WireUser BOB = new WireUser("bob", "bob");

  /** One instance of every message type, with boundary values. */
  static List<SignalingMessage> everyMessage() {
    return List.of(
        new Login(
            1,
            4_294_967_295L,
            "room~!@#$%^&*()_+=-`;',.<>\\",
            ALICE,
            50,
            true,
            "04AbC+/=",
            "ab".repeat(32)),
        new Login(Long.MAX_VALUE, 1, "r", BOB, 0, false, "", ""),
        new Logout(2),
        new Heartbeat(0),
        new Publish(3, "s1", 4_294_967_295L),
        new Publish(4, "s_2-x", 0, true),
        new StopPublish(5, "s1"),
        new Play(6, "s1"),
        new Play(6, "s1", true),
        new StopPlay(7, "s1"),
        new StreamAudioState(8, "s1", true),
        new StreamAudioState(Long.MAX_VALUE, "s_2-x", false),
        new PlayAudioState(9, "s1", true),
        new PlayAudioState(0, "s1", false),
        new Hello("0123456789abcdef"),
        new LoginResult(
            1,
            0,
            "cafe0123",
            305_419_896L,
            List.of(ALICE, BOB),
            List.of(new WireStream("s1", ALICE, "{\"k\":1}"), new WireStream("s2", BOB, ""))),
        new LoginResult(1, 1_001_005, "", 0, List.of(), List.of()),
        new LogoutResult(2),
        new HeartbeatAck(9),
        new PublishResult(3, "s1", 1_003_028),
        new PlayResult(6, "s1", 0),
        new StreamAvailable("s1", 4_294_967_295L),
        new StreamAvailable("s1", 0, true),
        new RemoteMicState("s1", true),
        new RemoteMicState("s1", false),
        new RoomUserCount(1),
        new RoomUserCount(Integer.MAX_VALUE),
        new RoomUserCount(0),
        new UserUpdate("ADD", List.of(ALICE)),
        new UserUpdate("DELETE", List.of()),
        new StreamUpdate("ADD", List.of(new WireStream("s1", ALICE, "")), List.of()),
        new StreamUpdate(
            "DELETE",
            List.of(new WireStream("s1", ALICE, ""), new WireStream("s2", BOB, "")),
            List.of(new DeleteReason("s1", 3), new DeleteReason("s2", 5))),
        new KickOut(1_002_050),
        new RenewToken(9, "04AAAA"),
        new RenewTokenResult(9, 1_002_082),
        new TokenWillExpire(30),
        new SignalingMessage.Error(0, 400, "expected field 'seq' in message, found none"),
        new SignalingMessage.Error(12, -1, ""));
  }

  @ParameterizedTest
  @MethodSource("everyMessage")
  void encodeThenDecodeGivesAnEqualMessage(SignalingMessage message) throws ProtocolException {
    String json = SignalingCodec.encode(message);
    assertTrue(json.contains("\"type\":\"" + message.type() + "\""), json);
    assertEquals(message, SignalingCodec.decode(json));
  }

  @Test
  void roundTripCoversEveryMessageType() {
    Set<Class<?>> covered =
        everyMessage().stream().map(Object::getClass).collect(Collectors.toSet());
    Set<Class<?>> all =
        Arrays.stream(SignalingMessage.class.getPermittedSubclasses()).collect(Collectors.toSet());
    assertEquals(all, covered);
    Set<String> types =
        everyMessage().stream().map(SignalingMessage::type).collect(Collectors.toSet());
    assertEquals(all.size(), types.size(), "every record has its own wire type: " + types);
  }

  private static String decodeFailure(String text) {
    return assertThrows(ProtocolException.class, () -> SignalingCodec.decode(text)).getMessage();
  }

  private static void assertFails(String text, String... fragments) {
    String message = decodeFailure(text);
    for (String f : fragments) {
      assertTrue(message.contains(f), "'" + message + "' should mention " + f);
    }
  }

  @Test
  void emptyOrNullText() {
    assertFails("", "empty");
    assertFails(null, "empty");
  }

  @Test
  void invalidJson() {
    assertFails("{", "invalid JSON");
    assertFails("{\"type\":\"heartbeat\",\"seq\":}", "invalid JSON");
    assertFails("not json at all", "invalid JSON");
  }

  @Test
  void jsonThatIsNotAnObject() {
    assertFails("[1,2,3]", "JSON object", "ARRAY");
    assertFails("\"heartbeat\"", "JSON object", "STRING");
    assertFails("42", "JSON object", "NUMBER");
    assertFails("null", "JSON object");
  }

  @Test
  void missingOrMistypedType() {
    assertFails("{}", "'type'", "found none");
    assertFails("{\"seq\":1}", "'type'");
    assertFails("{\"type\":null,\"seq\":1}", "'type'");
    assertFails("{\"type\":7,\"seq\":1}", "'type'", "a string");
  }

  @Test
  void unknownType() {
    assertFails("{\"type\":\"teleport\",\"seq\":1}", "unknown message type 'teleport'");
    assertFails("{\"type\":\"HEARTBEAT\",\"seq\":1}", "unknown message type 'HEARTBEAT'");
  }

  @Test
  void missingField() {
    String login = SignalingCodec.encode(new Login(1, 1, "room1", ALICE, 0, false, "", "p"));
    assertFails(login.replace("\"roomId\":\"room1\",", ""), "'roomId'", "found none");
    assertFails("{\"type\":\"heartbeat\"}", "'seq'", "found none");
    assertFails("{\"type\":\"publish\",\"seq\":1,\"streamId\":\"s1\"}", "'ssrc'", "found none");
    assertFails("{\"type\":\"hello\"}", "'nonce'");
    assertFails(
        "{\"type\":\"login\",\"seq\":1,\"appId\":1,\"roomId\":\"r\",\"user\":{\"id\":\"a\"},"
            + "\"maxMemberCount\":0,\"userStatusNotify\":false,\"token\":\"\",\"proof\":\"\"}",
        "'name'",
        "user");
    assertFails(
        "{\"type\":\"stream_update\",\"updateType\":\"DELETE\",\"streams\":[],\"reasons\":[{\"code\":1}]}",
        "'stream_id'",
        "reasons[0]");
  }

  @Test
  void wrongFieldType() {
    assertFails(
        "{\"type\":\"publish\",\"seq\":1,\"streamId\":\"s1\",\"ssrc\":\"5\"}",
        "'ssrc'",
        "integer",
        "\"5\"");
    assertFails("{\"type\":\"heartbeat\",\"seq\":\"1\"}", "'seq'", "non-negative integer");
    assertFails("{\"type\":\"heartbeat\",\"seq\":1.5}", "'seq'");
    assertFails("{\"type\":\"play\",\"seq\":1,\"streamId\":5}", "'streamId'", "a string");
    assertFails("{\"type\":\"kick_out\",\"code\":\"1002050\"}", "'code'", "32-bit integer");
    assertFails("{\"type\":\"kick_out\",\"code\":4294967296}", "'code'", "32-bit integer");
    String login = SignalingCodec.encode(new Login(1, 1, "room1", ALICE, 0, false, "", "p"));
    assertFails(
        login.replace("\"userStatusNotify\":false", "\"userStatusNotify\":\"false\""),
        "'userStatusNotify'",
        "true or false");
    assertFails(
        "{\"type\":\"user_update\",\"updateType\":\"ADD\",\"users\":{}}", "'users'", "an array");
  }

  @Test
  void negativeSeq() {
    assertFails("{\"type\":\"heartbeat\",\"seq\":-1}", "'seq'", "non-negative", "-1");
  }

  @Test
  void seqBeyondLong() {
    assertFails("{\"type\":\"heartbeat\",\"seq\":99999999999999999999999}", "'seq'");
  }

  @Test
  void uint32OutOfRange() {
    String login =
        SignalingCodec.encode(new Login(1, 1_000_000_001L, "room1", ALICE, 0, false, "", "p"));
    assertFails(
        login.replace("1000000001", "4294967296"), "'appId'", "[0, 4294967295]", "4294967296");
    assertFails(login.replace("1000000001", "-1"), "'appId'", "[0, 4294967295]", "-1");
    assertFails(
        "{\"type\":\"stream_available\",\"streamId\":\"s1\",\"ssrc\":4294967296}", "'ssrc'");
  }

  @Test
  void uint32Boundaries() throws ProtocolException {
    assertEquals(
        new StreamAvailable("s1", 0),
        SignalingCodec.decode("{\"type\":\"stream_available\",\"streamId\":\"s1\",\"ssrc\":0}"));
    assertEquals(
        new StreamAvailable("s1", 4_294_967_295L),
        SignalingCodec.decode(
            "{\"type\":\"stream_available\",\"streamId\":\"s1\",\"ssrc\":4294967295}"));
  }

  @Test
  void updateTypeOtherThanAddOrDelete() {
    assertFails(
        "{\"type\":\"user_update\",\"updateType\":\"MAYBE\",\"users\":[]}",
        "'updateType'",
        "ADD or DELETE",
        "MAYBE");
    assertFails(
        "{\"type\":\"stream_update\",\"updateType\":\"add\",\"streams\":[],\"reasons\":[]}",
        "'updateType'",
        "'add'");
  }

  @Test
  void userThatIsNotAnObject() {
    String login =
        SignalingCodec.encode(
            new Login(1, 1, "room1", new WireUser("alice", "alice"), 0, false, "", "p"));
    assertFails(
        login.replace("{\"id\":\"alice\",\"name\":\"alice\"}", "\"alice\""), "'user'", "an object");
    assertFails(
        login.replace("{\"id\":\"alice\",\"name\":\"alice\"}", "[\"alice\"]"),
        "'user'",
        "an object");
  }

  @Test
  void usersElementThatIsNotAnObject() {
    assertFails(
        "{\"type\":\"user_update\",\"updateType\":\"ADD\",\"users\":[{\"id\":\"a\",\"name\":\"a\"},\"b\"]}",
        "'users[1]'",
        "an object",
        "STRING");
    assertFails(
        "{\"type\":\"login_result\",\"seq\":1,\"code\":0,\"roomSessionId\":\"x\",\"mediaToken\":1,"
            + "\"users\":[],\"streams\":[7]}",
        "'streams[0]'",
        "an object");
    assertFails(
        "{\"type\":\"stream_update\",\"updateType\":\"ADD\",\"streams\":[{\"streamId\":\"s\",\"user\":1,"
            + "\"extraInfo\":\"\"}],\"reasons\":[]}",
        "'user'",
        "streams[0]");
  }

  @Test
  void messageLongerThan64KiB() {
    String tooLong = hello("x".repeat(SignalingCodec.MAX_MESSAGE_BYTES));
    assertFails(tooLong, "exceeds", String.valueOf(SignalingCodec.MAX_MESSAGE_BYTES));
  }

  @Test
  void messageOfExactly64KiBIsAcceptedAndOneMoreByteIsNot() throws ProtocolException {
    String empty = hello("");
    String exact = hello("n".repeat(SignalingCodec.MAX_MESSAGE_BYTES - empty.length()));
    assertEquals(SignalingCodec.MAX_MESSAGE_BYTES, exact.length());
    assertTrue(SignalingCodec.decode(exact) instanceof Hello);
    assertFails(
        hello("n".repeat(SignalingCodec.MAX_MESSAGE_BYTES - empty.length() + 1)), "exceeds");
  }

  @Test
  void limitCountsUtf8BytesNotChars() {
    // 30 000 three-byte characters: 90 000 UTF-8 bytes, but only ~30 000 chars.
    String multiByte = hello("€".repeat(30_000));
    assertTrue(
        multiByte.getBytes(StandardCharsets.UTF_8).length > SignalingCodec.MAX_MESSAGE_BYTES);
    assertFails(multiByte, "exceeds");
  }

  @Test
  void trailingContentAfterTheObjectIsMalformed() {
    assertFails("{\"type\":\"heartbeat\",\"seq\":1}{\"type\":\"logout\",\"seq\":2}", "JSON");
  }

  @Test
  void unknownExtraFieldsAreIgnored() throws ProtocolException {
    assertEquals(
        new Heartbeat(4),
        SignalingCodec.decode(
            "{\"type\":\"heartbeat\",\"seq\":4,\"future\":{\"nested\":[1,2,{\"x\":null}]},\"flag\":true}"));
    assertEquals(
        new UserUpdate("ADD", List.of(new WireUser("a", "b"))),
        SignalingCodec.decode(
            "{\"extra\":1,\"type\":\"user_update\",\"users\":[{\"name\":\"b\",\"avatar\":\"x\",\"id\":\"a\"}],"
                + "\"updateType\":\"ADD\"}"));
  }

  @Test
  void nullFieldCountsAsMissing() {
    assertFails("{\"type\":\"play\",\"seq\":1,\"streamId\":null}", "'streamId'", "found none");
  }

  // ---- mute and user count messages ----

  @Test
  void muteFieldsOfPublishPlayAndStreamAvailableAreOptionalAndDefaultToUnmuted()
      throws ProtocolException {
    assertEquals(
        new Publish(1, "s1", 5, false),
        SignalingCodec.decode("{\"type\":\"publish\",\"seq\":1,\"streamId\":\"s1\",\"ssrc\":5}"));
    assertEquals(
        new Play(2, "s1", false),
        SignalingCodec.decode("{\"type\":\"play\",\"seq\":2,\"streamId\":\"s1\"}"));
    assertEquals(
        new StreamAvailable("s1", 7, false),
        SignalingCodec.decode(
            "{\"type\":\"stream_available\",\"streamId\":\"s1\",\"ssrc\":7,\"muted\":null}"));
    assertEquals(
        new Publish(1, "s1", 5, true),
        SignalingCodec.decode(
            "{\"type\":\"publish\",\"seq\":1,\"streamId\":\"s1\",\"ssrc\":5,\"muted\":true}"));
  }

  @Test
  void muteFieldThatIsNotABooleanIsMalformed() {
    assertFails(
        "{\"type\":\"publish\",\"seq\":1,\"streamId\":\"s1\",\"ssrc\":5,\"muted\":\"yes\"}",
        "'muted'",
        "true or false");
    assertFails(
        "{\"type\":\"play\",\"seq\":1,\"streamId\":\"s1\",\"muted\":1}",
        "'muted'",
        "true or false");
    assertFails(
        "{\"type\":\"stream_available\",\"streamId\":\"s1\",\"ssrc\":1,\"muted\":[]}", "'muted'");
    assertFails(
        "{\"type\":\"stream_audio_state\",\"seq\":1,\"streamId\":\"s1\",\"muted\":0}",
        "'muted'",
        "true or false");
    assertFails(
        "{\"type\":\"play_audio_state\",\"seq\":1,\"streamId\":\"s1\",\"muted\":\"false\"}",
        "'muted'");
    assertFails("{\"type\":\"remote_mic_state\",\"streamId\":\"s1\",\"muted\":{}}", "'muted'");
  }

  @Test
  void newMessagesRequireEveryField() {
    assertFails(
        "{\"type\":\"stream_audio_state\",\"seq\":1,\"streamId\":\"s1\"}", "'muted'", "found none");
    assertFails(
        "{\"type\":\"stream_audio_state\",\"seq\":1,\"muted\":true}", "'streamId'", "found none");
    assertFails(
        "{\"type\":\"stream_audio_state\",\"streamId\":\"s1\",\"muted\":true}",
        "'seq'",
        "found none");
    assertFails(
        "{\"type\":\"play_audio_state\",\"seq\":1,\"streamId\":\"s1\"}", "'muted'", "found none");
    assertFails(
        "{\"type\":\"play_audio_state\",\"seq\":1,\"streamId\":7,\"muted\":true}",
        "'streamId'",
        "a string");
    assertFails("{\"type\":\"remote_mic_state\",\"muted\":true}", "'streamId'", "found none");
    assertFails("{\"type\":\"room_user_count\"}", "'count'", "found none");
  }

  @Test
  void userCountMustBeANonNegative32BitInteger() {
    assertFails("{\"type\":\"room_user_count\",\"count\":-1}", "'count'", "[0, 2147483647]", "-1");
    assertFails("{\"type\":\"room_user_count\",\"count\":2147483648}", "'count'");
    assertFails("{\"type\":\"room_user_count\",\"count\":1.5}", "'count'");
    assertFails("{\"type\":\"room_user_count\",\"count\":\"3\"}", "'count'");
  }

  private static String hello(String nonce) {
    return "{\"type\":\"hello\",\"nonce\":\"" + nonce + "\"}";
  }
}
