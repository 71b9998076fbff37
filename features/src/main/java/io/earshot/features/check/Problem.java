package io.earshot.features.check;

/**
 * Something wrong with one sentence (or one table row) of a feature file, found before it runs.
 *
 * @param line the line of the sentence or row in the feature file
 * @param sentence the sentence as written, keyword included, or the row
 * @param message what is wrong: the bad word, and what was expected
 */
public record Problem(int line, String sentence, String message) {
  /** {@code file:line: sentence} and the message indented below it, as compilers print. */
  public String render(String file) {
    return file + ":" + line + ": " + sentence + "\n  " + message.replace("\n", "\n  ");
  }
}
