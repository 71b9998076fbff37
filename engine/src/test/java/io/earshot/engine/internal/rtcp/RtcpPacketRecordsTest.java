package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records refuse values their wire fields cannot carry and cannot be changed after creation.
 */
class RtcpPacketRecordsTest {

  @Test
  void cumulativeLostClampsToTwentyFourBitsSigned() {
    assertEquals(0x7FFFFF, ReportBlock.clampCumulativeLost(10_000_000));
    assertEquals(-0x800000, ReportBlock.clampCumulativeLost(-10_000_000));
    assertEquals(-3, ReportBlock.clampCumulativeLost(-3));
    assertThrows(IllegalArgumentException.class, () -> new ReportBlock(1, 0, 0x800000, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new ReportBlock(1, 256, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new ReportBlock(1L << 32, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void countsAreLimitedToFiveBits() {
    List<ReportBlock> blocks = Collections.nCopies(32, new ReportBlock(1, 0, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new ReceiverReport(1, blocks));
    assertThrows(
        IllegalArgumentException.class, () -> new Goodbye(Collections.nCopies(32, 1L), ""));
  }

  @Test
  void textsAreLimitedTo255Utf8Bytes() {
    assertThrows(IllegalArgumentException.class, () -> new SdesChunk(1, "é".repeat(128)));
    assertEquals(255, new SdesChunk(1, "x".repeat(255)).cname().length());
    assertThrows(IllegalArgumentException.class, () -> new Goodbye(List.of(), null));
  }

  @Test
  void appPacketsNeedAFourByteNameAndWordData() {
    assertThrows(IllegalArgumentException.class, () -> new AppPacket(0, 0, "ERS", new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> new AppPacket(0, 0, "ERS€", new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> new AppPacket(0, 0, "ERSH", new byte[3]));
    assertThrows(IllegalArgumentException.class, () -> new AppPacket(32, 0, "ERSH", new byte[0]));
  }

  @Test
  void recordsCopyWhatTheyAreGiven() {
    byte[] data = {1, 2, 3, 4};
    AppPacket app = new AppPacket(0, 0, "ERSH", data);
    data[0] = 9;
    app.data()[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3, 4}, app.data());
    List<Long> ssrcs = new ArrayList<>(List.of(1L));
    Goodbye bye = new Goodbye(ssrcs, "");
    ssrcs.add(2L);
    assertEquals(List.of(1L), bye.ssrcs());
    assertThrows(UnsupportedOperationException.class, () -> bye.ssrcs().add(3L));
  }

  @Test
  void extendedReportsMustFitTheLengthField() {
    List<DlrrItem> items = Collections.nCopies(DlrrReport.MAX_ITEMS, new DlrrItem(1, 2, 3));
    DlrrReport full = new DlrrReport(items);
    assertThrows(
        IllegalArgumentException.class,
        () -> new ExtendedReport(1, List.of(full, full, full, full)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DlrrReport(Collections.nCopies(DlrrReport.MAX_ITEMS + 1, new DlrrItem(1, 2, 3))));
  }
}
