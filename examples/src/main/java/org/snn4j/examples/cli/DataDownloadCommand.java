package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.Datasets;
import org.snn4j.datasets.download.Downloader;
import org.snn4j.datasets.download.Resource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code snn4j data download NAME}: fetches a dataset from its official location, verifies the
 * checksums, and extracts it into the standard layout. Resumes interrupted transfers; without a
 * network it prints the manual route.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = "Download, verify and extract a dataset (nmnist, cifar10-dvs, dvs-gesture, mnist, fashion-mnist, cifar10).")
final class DataDownloadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "Dataset name.")
    String name;

    @Option(names = "--to", description = "Target folder (default: $SNN4J_DATA/<name>).")
    Path to;

    @Override
    public Integer call() throws Exception {
        List<Resource> files = Datasets.REGISTRY.get(name);
        Path root = to;
        if (root == null) {
            root = DataLocator.fromEnvironment().dataRoot().map(p -> p.resolve(name)).orElseThrow(
                    () -> new IllegalArgumentException("give --to DIR or set " + DataLocator.ENV_VAR));
        }
        for (Path p : Downloader.create().fetchAll(files, root)) {
            System.out.println("ok " + p);
        }
        System.out.println(name + " is ready in " + root);
        return 0;
    }
}
