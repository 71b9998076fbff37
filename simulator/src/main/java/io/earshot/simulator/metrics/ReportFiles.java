package io.earshot.simulator.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Files a producer wants in the scenario's report beside its charts: the packet capture around a
 * quality issue, a log. Added in one call, made only when the report is built:
 *
 * <pre>
 * sim.reportFiles().add("capture: bob s1, 4.0–6.0 s", "application/vnd.tcpdump.pcap", ".pcap",
 *     () -&gt; pcapBytes);
 * </pre>
 */
public final class ReportFiles {
  /**
   * One file.
   *
   * @param name how the report names it
   * @param mimeType its type ({@code text/plain} and {@code image/png} show inline)
   * @param extension with its dot ({@code .pcap})
   * @param content made when the report is built
   */
  public record ReportFile(
      String name, String mimeType, String extension, Supplier<byte[]> content) {
    public ReportFile {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(mimeType, "mimeType");
      Objects.requireNonNull(content, "content");
      if (!extension.startsWith(".")) {
        throw new IllegalArgumentException(
            "a file extension starts with a dot (\".pcap\"), found \"" + extension + "\"");
      }
    }
  }

  private final List<ReportFile> files = new ArrayList<>();

  /** Adds a file to the report. */
  public synchronized void add(
      String name, String mimeType, String extension, Supplier<byte[]> content) {
    files.add(new ReportFile(name, mimeType, extension, content));
  }

  /** Every file, in the order added. */
  public synchronized List<ReportFile> files() {
    return List.copyOf(files);
  }
}
