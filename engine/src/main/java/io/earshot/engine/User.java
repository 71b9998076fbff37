package io.earshot.engine;

import java.util.Objects;

/**
 * A user of a room. {@link #of(String)} sets the name to the ID, as the vendor's {@code
 * ZegoUser.id} does. Fields are not validated here: {@code loginRoom} validates them and returns
 * the contract's codes.
 */
public record User(String userID, String userName) {
  public static User of(String userID) {
    return new User(userID, userID);
  }

  @Override
  public String toString() {
    return Objects.equals(userID, userName) ? userID : userID + "(" + userName + ")";
  }
}
