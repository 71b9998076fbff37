package io.earshot.engine;

/**
 * State of a remote user's audio device as its players see it (contract §2, §3.3); the ordinal is
 * the vendor's value. The reference engine produces only {@link #OPEN} and {@link #MUTE}.
 */
public enum RemoteDeviceState {
  /** 0: the device is on and its audio is sent. */
  OPEN,
  GENERIC_ERROR,
  INVALID_ID,
  NO_AUTHORIZATION,
  ZERO_VOLUME,
  IN_USE,
  UNPLUGGED,
  REBOOT_REQUIRED,
  SYSTEM_MEDIA_SERVICES_LOST,
  DISABLE,
  /** 10: the publisher muted its microphone or its published stream's audio. */
  MUTE,
  INTERRUPTION,
  IN_BACKGROUND,
  MULTI_FOREGROUND_APP,
  BY_SYSTEM_PRESSURE,
  NOT_SUPPORT
}
