package io.earshot.simulator.capture;

import io.earshot.engine.scheduling.Scheduler;
import io.earshot.engine.transport.ClientTransport;
import io.earshot.netem.UserLink;
import io.earshot.simulator.internal.UserWiring;
import java.util.ArrayList;
import java.util.List;

/**
 * The media captures of a scenario's users, when the run asks for them ({@code earshot run
 * --capture}): each user's engine transport is wrapped as it is created ({@link MediaCapture}).
 */
public final class MediaCaptures {
  private final List<MediaCapture> captures = new ArrayList<>();

  /** {@code wiring} with its transport's media captured as user {@code name}. */
  public synchronized UserWiring wrap(String name, UserWiring wiring) {
    MediaCapture capture = new MediaCapture(name, captures.size() + 1, wiring.scheduler());
    captures.add(capture);
    ClientTransport transport = capture.wrap(wiring.transport());
    return new UserWiring() {
      @Override
      public Scheduler scheduler() {
        return wiring.scheduler();
      }

      @Override
      public ClientTransport transport() {
        return transport;
      }

      @Override
      public UserLink link() {
        return wiring.link();
      }

      @Override
      public void close() {
        wiring.close();
      }
    };
  }

  /** Every user's capture, in the order the users were created. */
  public synchronized List<MediaCapture> all() {
    return List.copyOf(captures);
  }
}
