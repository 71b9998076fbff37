package io.earshot.engine;

/** Publisher and player stream events (contract §2) with the vendor's explicit values. */
public enum StreamEvent {
  PUBLISH_START(100),
  PUBLISH_SUCCESS(101),
  PUBLISH_FAIL(102),
  RETRY_PUBLISH_START(103),
  RETRY_PUBLISH_SUCCESS(104),
  RETRY_PUBLISH_FAIL(105),
  PUBLISH_END(106),
  PLAY_START(200),
  PLAY_SUCCESS(201),
  PLAY_FAIL(202),
  RETRY_PLAY_START(203),
  RETRY_PLAY_SUCCESS(204),
  RETRY_PLAY_FAIL(205),
  PLAY_END(206);

  private final int value;

  StreamEvent(int value) {
    this.value = value;
  }

  /** The vendor's numeric value. */
  public int value() {
    return value;
  }
}
