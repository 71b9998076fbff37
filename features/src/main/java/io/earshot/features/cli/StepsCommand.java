package io.earshot.features.cli;

import io.earshot.features.vocabulary.PresetTable;
import io.earshot.features.vocabulary.StepCatalog;
import io.earshot.features.vocabulary.VocabularyText;
import io.earshot.simulator.network.ImpairmentGrammar;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code earshot steps}: every sentence that works today, generated from the step definitions, with
 * what each parameter accepts and each callback's arguments and valid values.
 */
@Command(
    name = "steps",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every sentence that works today, with its parameters, generated from the step "
          + "definitions; then what each parameter accepts and each callback's arguments.",
      "[x] is optional, (a|b) is a choice, <name> is a parameter."
    })
final class StepsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    VocabularyText text = new VocabularyText(StepCatalog.shipped());
    PrintWriter out = spec.commandLine().getOut();
    out.println("# Sentences ([x] optional, (a|b) one of, <name> a parameter)");
    text.sentences().forEach(out::println);
    out.println();
    out.println("# Parameters");
    text.parameters().forEach(out::println);
    out.println();
    out.println("# Callbacks (receives, never receives, receives in order)");
    text.callbackTable().forEach(out::println);
    out.println();
    out.println("# Network presets (\"<user>\" uses the network profile \"<profile>\")");
    PresetTable.markdown().forEach(out::println);
    out.println();
    out.println("# Impairments (after \"has\", and in profile definitions)");
    out.println("  " + ImpairmentGrammar.impairmentForms());
    out.flush();
    return 0;
  }
}
