package io.earshot.engine.internal.server;

import io.earshot.engine.ErrorCode;
import io.earshot.engine.internal.signaling.SignalingMessage;
import io.earshot.engine.internal.signaling.SignalingMessage.Error;
import io.earshot.engine.internal.signaling.SignalingMessage.Login;
import io.earshot.engine.internal.signaling.SignalingMessage.LoginResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Play;
import io.earshot.engine.internal.signaling.SignalingMessage.PlayResult;
import io.earshot.engine.internal.signaling.SignalingMessage.Publish;
import io.earshot.engine.internal.signaling.SignalingMessage.PublishResult;
import java.util.List;

/** The answer to a request whose handling failed inside the server (contract §5 inner errors). */
final class InnerErrors {
  private InnerErrors() {}

  static SignalingMessage answerFor(SignalingMessage m) {
    if (m instanceof Login) {
      return new LoginResult(m.seq(), ErrorCode.ROOM_INNER_ERROR, "", 0, List.of(), List.of());
    } else if (m instanceof Publish p) {
      return new PublishResult(p.seq(), p.streamId(), ErrorCode.PUBLISHER_INNER_ERROR);
    } else if (m instanceof Play p) {
      return new PlayResult(p.seq(), p.streamId(), ErrorCode.PLAYER_INNER_ERROR);
    }
    return new Error(m.seq(), ProtocolCodes.INTERNAL_ERROR, m.type() + " failed inside the server");
  }
}
