package io.earshot.simulator.load;

/**
 * The {@code index}-th of {@code count} deterministic slices of a load run: room {@code r} belongs
 * to shard {@code (r - 1) % count + 1}, so shards hold rooms of every part of the ramp.
 */
public record Shard(int index, int count) {
  /** The whole run in one process. */
  public static final Shard WHOLE = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "expected a shard i/n with 1 <= i <= n, found " + index + "/" + count);
    }
  }

  /** Parses {@code i/n}, for example {@code 2/3}. */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/", -1);
    try {
      if (parts.length == 2) {
        return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "expected a shard as i/n (for example 2/3), found '" + text + "'");
  }

  boolean holds(int room) {
    return (room - 1) % count + 1 == index;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
