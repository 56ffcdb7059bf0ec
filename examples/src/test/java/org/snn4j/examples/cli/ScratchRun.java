package org.snn4j.examples.cli;

import org.snn4j.autograd.backend.NativeBackend;
import picocli.CommandLine;

public final class ScratchRun {
    public static void main(String[] args) {
        NativeBackend.configure();
        CommandLine cl = new CommandLine(new Snn4jCli());
        cl.addSubcommand("convert", new ConvertCommand());
        cl.addSubcommand("compare", new CompareCommand());
        System.exit(cl.execute(args));
    }
}
