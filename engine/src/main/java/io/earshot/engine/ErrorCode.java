package io.earshot.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * The error codes the reference engine produces (contract §5). Methods return these as {@code int};
 * {@link #nameOf(int)} gives the contract's name for messages and reports.
 */
public final class ErrorCode {
  public static final int SUCCESS = 0;

  public static final int COMMON_ENGINE_NOT_CREATE = 1000001;
  public static final int COMMON_NOT_LOGIN_ROOM = 1000002;
  public static final int COMMON_EVENT_HANDLER_EXISTS = 1000008;
  public static final int COMMON_STREAM_ID_TOO_LONG = 1000014;
  public static final int COMMON_STREAM_ID_NULL = 1000015;
  public static final int COMMON_STREAM_ID_INVALID_CHARACTER = 1000016;
  public static final int COMMON_ILLEGAL_PARAM = 1000017;
  public static final int COMMON_CONFIG_AFTER_ROOM_LOGGED_IN = 1000067;

  public static final int ENGINE_APPID_ZERO = 1001000;
  public static final int ENGINE_APPSIGN_INVALID_LENGTH = 1001001;
  public static final int ENGINE_APPSIGN_INVALID_CHARACTER = 1001002;
  public static final int ENGINE_APPID_INCORRECT_OR_NOT_ONLINE = 1001004;
  public static final int ENGINE_APPSIGN_INCORRECT = 1001005;

  public static final int ROOM_COUNT_EXCEED = 1002001;
  public static final int ROOM_ROOMID_INCORRECT = 1002002;
  public static final int ROOM_USER_ID_NULL = 1002005;
  public static final int ROOM_USER_ID_INVALID_CHARACTER = 1002006;
  public static final int ROOM_USER_ID_TOO_LONG = 1002007;
  public static final int ROOM_USER_NAME_NULL = 1002008;
  public static final int ROOM_USER_NAME_INVALID_CHARACTER = 1002009;
  public static final int ROOM_USER_NAME_TOO_LONG = 1002010;
  public static final int ROOM_ROOMID_NULL = 1002011;
  public static final int ROOM_ROOMID_INVALID_CHARACTER = 1002012;
  public static final int ROOM_ROOMID_TOO_LONG = 1002013;
  public static final int ROOM_ERROR_CONNECT_FAILED = 1002030;
  public static final int ROOM_ERROR_LOGIN_TIMEOUT = 1002031;
  public static final int ROOM_ERROR_AUTHENTICATION_FAILED = 1002033;
  public static final int ROOM_ERROR_EXCEED_MAXIMUM_MEMBER = 1002034;
  public static final int ROOM_KICKED_OUT = 1002050;
  public static final int ROOM_CONNECT_TEMPORARY_BROKEN = 1002051;
  public static final int ROOM_RETRY_TIMEOUT = 1002053;
  public static final int ROOM_MANUAL_KICKED_OUT = 1002055;
  public static final int ROOM_TOKEN_EXPIRED_KICKED_OUT = 1002056;
  public static final int ROOM_NO_TOKEN = 1002067;
  public static final int ROOM_TOKEN_FORMAT_ERROR = 1002075;
  public static final int ROOM_TOKEN_APPID_ERROR = 1002076;
  public static final int ROOM_TOKEN_USERID_ERROR = 1002077;
  public static final int ROOM_TOKEN_EXPIRE_ERROR = 1002078;
  public static final int ROOM_TOKEN_VERSION_ERROR = 1002079;
  public static final int ROOM_TOKEN_NONCETYPE_ERROR = 1002080;
  public static final int ROOM_RENEW_TOKEN_NO_PUBLISH_AUTH_ERROR = 1002082;
  public static final int ROOM_ROOM_LOGIN_OTHER = 1002086;
  public static final int ROOM_INNER_ERROR = 1002099;

  public static final int PUBLISHER_ERROR_NETWORK_INTERRUPT = 1003020;
  public static final int PUBLISHER_ERROR_RETRY_TIMEOUT = 1003021;
  public static final int PUBLISHER_ERROR_ALREADY_DO_PUBLISH = 1003023;
  public static final int PUBLISHER_ERROR_SERVER_FORBID = 1003025;
  public static final int PUBLISHER_ERROR_REPETITIVE_PUBLISH_STREAM = 1003028;
  public static final int PUBLISHER_ERROR_DISPATCH_AUTH_ERROR = 1003072;
  public static final int PUBLISHER_INNER_ERROR = 1003099;

  public static final int PLAYER_PLAY_STREAM_FAILED = 1004001;
  public static final int PLAYER_COUNT_EXCEED = 1004010;
  public static final int PLAYER_ERROR_NETWORK_INTERRUPT = 1004020;
  public static final int PLAYER_ERROR_SERVER_FORBID = 1004025;
  public static final int PLAYER_INNER_ERROR = 1004099;

  public static final int DEVICE_SOUND_LEVEL_INTERVAL_INVALID = 1006031;

  private static final Map<Integer, String> NAMES = new TreeMap<>();

  static {
    for (var field : ErrorCode.class.getFields()) {
      if (field.getType() == int.class) {
        try {
          NAMES.put(field.getInt(null), field.getName());
        } catch (IllegalAccessException e) {
          throw new ExceptionInInitializerError(e);
        }
      }
    }
  }

  private ErrorCode() {}

  /**
   * The contract's name of a code, or {@code "UNKNOWN_ERROR"} for a code the engine never produces.
   */
  public static String nameOf(int code) {
    return NAMES.getOrDefault(code, "UNKNOWN_ERROR");
  }

  /** Whether the contract lists this code. */
  public static boolean isKnown(int code) {
    return NAMES.containsKey(code);
  }
}
