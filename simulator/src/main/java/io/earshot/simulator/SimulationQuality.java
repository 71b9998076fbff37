package io.earshot.simulator;

import io.earshot.simulator.quality.AudioKeeping;
import io.earshot.simulator.quality.CallMeasurements;
import io.earshot.simulator.quality.PacketPoint;
import io.earshot.simulator.quality.QualityRecorder;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A simulation's quality records: the recorder of sent and played audio and packets, the
 * measurements made from it, and the users whose downlink is not measured (a load run's listeners
 * that are not probes).
 */
final class SimulationQuality {
  private final Set<String> unmeasured = ConcurrentHashMap.newKeySet();
  private QualityRecorder recorder = new QualityRecorder(AudioKeeping.NONE);
  private CallMeasurements measurements;

  QualityRecorder recorder() {
    return recorder;
  }

  /** A new recorder keeping {@code keeping}; only before the first user exists. */
  void keep(AudioKeeping keeping, boolean usersExist) {
    if (usersExist) {
      throw new IllegalStateException("audio keeping must be chosen before the first user exists");
    }
    recorder.close();
    recorder = new QualityRecorder(keeping);
  }

  synchronized CallMeasurements measurements(Simulation sim) {
    if (measurements == null || measurements.recorder() != recorder) {
      measurements = new CallMeasurements(recorder, new MeasurementContext(sim));
    }
    return measurements;
  }

  /** One datagram at one point of a user's link, at scenario time {@code nanos}. */
  void observe(String user, PacketPoint point, byte[] datagram, long nanos) {
    if (unmeasured.contains(user)
        && (point == PacketPoint.DOWNLINK_IN || point == PacketPoint.DOWNLINK_OUT)) {
      return;
    }
    recorder.packets().observe(user, point, datagram, nanos);
  }

  void stopMeasuring(String user) {
    unmeasured.add(user);
  }

  void close() {
    recorder.close();
  }
}
