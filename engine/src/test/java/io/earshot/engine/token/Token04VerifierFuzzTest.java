package io.earshot.engine.token;

import static io.earshot.engine.token.Token04GeneratorTest.APP;
import static io.earshot.engine.token.Token04GeneratorTest.NOW;
import static io.earshot.engine.token.Token04GeneratorTest.SECRET;
import static io.earshot.engine.token.Token04GeneratorTest.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seeded garbage: the verifier answers every string with a result and never throws. */
class Token04VerifierFuzzTest {
  private static final long SEED = 0x70C4E404L;
  private static final int CASES = 5000;
  private static final Set<Integer> CODES =
      Set.of(0, 1002033, 1002075, 1002076, 1002077, 1002078, 1002079, 1002080);

  @Test
  void fiveThousandSeededGarbageTokensNeverThrow() {
    Random random = new Random(SEED);
    String valid =
        Token04Generator.generate(
            APP,
            USER,
            SECRET,
            3600,
            "{\"room_id\":\"room1\"}",
            NOW,
            Token04Layout.GCM,
            new FixedRandomBytes(5, 5));
    String validCbc =
        Token04Generator.generate(
            APP, USER, SECRET, 3600, "", NOW, Token04Layout.CBC, new FixedRandomBytes(5, 5));
    for (int i = 0; i < CASES; i++) {
      int kind = i % 6;
      String token =
          switch (kind) {
            case 0 -> randomText(random, 0x20, 0x7f);
            case 1 -> randomText(random, 0, 0x10000);
            case 2 ->
                "04" + Base64.getEncoder().encodeToString(randomBytes(random, random.nextInt(300)));
            case 3 -> "04" + Base64.getEncoder().encodeToString(plausibleBody(random));
            case 4 -> mutate(random, random.nextBoolean() ? valid : validCbc);
            default -> "04" + randomText(random, 0x20, 0x7f);
          };
      TokenVerification v = Token04Verifier.verifyLogin(token, APP, USER, "room1", SECRET, NOW);
      String context = "seed " + SEED + ", case " + i;
      assertNotNull(v, context);
      assertNotNull(v.reason(), context);
      assertTrue(CODES.contains(v.code()), context + ": " + v.code());
      if (kind
          != 4) { // a mutation may land in the unauthenticated outer expire and leave the token
        // valid
        assertNotEquals(0, v.code(), context);
      }
    }
  }

  @Test
  void hugeAndOddInputsNeverThrow() {
    String[] inputs = {
      null,
      "",
      "0",
      "04",
      "04=",
      "04====",
      "04" + "A".repeat(Token04Verifier.MAX_TOKEN_CHARS - 2),
      "04" + "A".repeat(Token04Verifier.MAX_TOKEN_CHARS),
      "04\u0000\u0000",
      "04\uD800",
      "04" + "/".repeat(100_000)
    };
    for (String input : inputs) {
      TokenVerification v = Token04Verifier.verifyLogin(input, 0, null, null, null, Long.MIN_VALUE);
      assertNotEquals(0, v.code());
    }
    assertEquals(
        1002033,
        Token04Verifier.verifyLogin(
                "04" + "A".repeat(Token04Verifier.MAX_TOKEN_CHARS - 2),
                APP,
                USER,
                "room1",
                SECRET,
                NOW)
            .code());
  }

  private static String randomText(Random random, int from, int to) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(200);
    for (int i = 0; i < length; i++) {
      s.append((char) (from + random.nextInt(to - from)));
    }
    return s.toString();
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }

  /** A header whose lengths are right or nearly right, around random ciphertext. */
  private static byte[] plausibleBody(Random random) {
    int ivLength = new int[] {12, 16, random.nextInt(40)}[random.nextInt(3)];
    int ciphertextLength = random.nextInt(200);
    int declared = random.nextInt(4) == 0 ? random.nextInt(0x10000) : ciphertextLength;
    int trailer = random.nextInt(3);
    ByteBuffer b = ByteBuffer.allocate(8 + 2 + ivLength + 2 + ciphertextLength + trailer);
    b.putLong(random.nextLong()).putShort((short) ivLength).put(randomBytes(random, ivLength));
    b.putShort((short) declared).put(randomBytes(random, ciphertextLength));
    for (int i = 0; i < trailer; i++) {
      b.put((byte) random.nextInt(3));
    }
    return b.array();
  }

  private static String mutate(Random random, String token) {
    StringBuilder s = new StringBuilder(token);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits && s.length() > 0; i++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(3)) {
        case 0 -> s.setCharAt(at, (char) (0x20 + random.nextInt(0x5f)));
        case 1 -> s.deleteCharAt(at);
        default -> s.insert(at, (char) (0x20 + random.nextInt(0x5f)));
      }
    }
    return s.toString();
  }
}
