package org.snn4j.examples.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code snn4j completion}: prints the bash/zsh completion script that picocli's
 * {@link AutoComplete} generates from the command tree (every command, option and plot kind).
 * Use {@code source <(./snn4j completion)}, or save it under {@code /etc/bash_completion.d/}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash/zsh completion script: source <(snn4j completion)")
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        System.out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        System.out.print('\n');
        System.out.flush();
        return 0;
    }
}
