package io.earshot.features.vocabulary;

import io.earshot.simulator.dsl.CallbackArg;
import io.earshot.simulator.dsl.CallbackSignature;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The vocabulary as text for people, generated from the step definitions and the callback
 * signatures: every sentence by keyword, what each parameter accepts, and each callback's arguments
 * with their valid values. {@code earshot steps} prints it; tests hold the documentation to it.
 */
public final class VocabularyText {
  private final StepCatalog catalog;

  public VocabularyText(StepCatalog catalog) {
    this.catalog = catalog;
  }

  /** Every sentence, {@code Given …}, {@code When …}, {@code Then …}, one a line. */
  public List<String> sentences() {
    List<String> out = new ArrayList<>();
    for (StepDefinition d : catalog.definitions()) {
      out.add(d.keyword() + " " + d.sentence() + (d.takesTable() ? "  (+ a table)" : ""));
    }
    return out;
  }

  /** Each placeholder that appears in a sentence and what it accepts, one a line. */
  public List<String> parameters() {
    Set<ParamKind> used = EnumSet.noneOf(ParamKind.class);
    catalog.definitions().forEach(d -> used.addAll(d.kinds()));
    List<String> out = new ArrayList<>();
    for (ParamKind kind : used) {
      if (!kind.inline()) {
        out.add(
            String.format(Locale.ROOT, "%-20s %s", "<" + kind.label() + ">", kind.description()));
      }
    }
    return out;
  }

  /**
   * Each recorded callback with its arguments in signature order, and the valid values of each enum
   * argument, as Markdown table rows ({@code | callback | arguments | valid values |}).
   */
  public List<String> callbackTable() {
    List<String> out = new ArrayList<>();
    out.add("| callback | arguments, in order | valid values |");
    out.add("|---|---|---|");
    for (CallbackSignature s : CallbackSignature.all()) {
      List<String> values = new ArrayList<>();
      for (CallbackArg a : s.args()) {
        if (!a.values().isEmpty()) {
          values.add(a.label() + ": " + String.join(", ", a.values()));
        } else if (a.kind() == CallbackArg.Kind.ERROR_CODE) {
          values.add("error code: 0 or a code of the contract");
        }
      }
      String args = s.usage().substring(s.callback().length()).trim();
      out.add(
          "| `"
              + s.callback()
              + "` | "
              + (args.isEmpty() ? "(none)" : "`" + args + "`")
              + " | "
              + String.join("; ", values)
              + " |");
    }
    return out;
  }
}
