package io.earshot.engine.internal.signaling;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row of the signaling protocol's table: a message's wire name, its record, who sends it, and
 * how its fields are written and read. Each wire name is written once, here, in {@link
 * MessageTypes}.
 */
public record MessageType<T extends SignalingMessage>(
    String wireName, Class<T> recordType, Sender sender, Writer<T> writer, Reader<T> reader) {

  /** Which side of the protocol sends a message of this type. */
  public enum Sender {
    CLIENT,
    SERVER
  }

  /** Writes a message's fields (all but {@code type}) into a JSON object. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(T message, ObjectNode node);
  }

  /** Reads a message from the checked fields of a JSON object. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonFields fields) throws ProtocolException;
  }

  static <T extends SignalingMessage> MessageType<T> client(
      String wireName, Class<T> type, Writer<T> writer, Reader<T> reader) {
    return new MessageType<>(wireName, type, Sender.CLIENT, writer, reader);
  }

  static <T extends SignalingMessage> MessageType<T> server(
      String wireName, Class<T> type, Writer<T> writer, Reader<T> reader) {
    return new MessageType<>(wireName, type, Sender.SERVER, writer, reader);
  }

  /** Writes {@code message}, which must be of this row's record type. */
  void writeFields(SignalingMessage message, ObjectNode node) {
    writer.write(recordType.cast(message), node);
  }
}
