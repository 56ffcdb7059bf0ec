package org.snn4j.datasets.download;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.snn4j.datasets.Cifar10;
import org.snn4j.datasets.Cifar10Dvs;
import org.snn4j.datasets.DvsGesture;
import org.snn4j.datasets.FashionMnist;
import org.snn4j.datasets.Mnist;
import org.snn4j.datasets.NMnist;

/**
 * The registry of downloadable dataset files with their official locations and checksums.
 *
 * <p>Sources of the checksums: N-MNIST and CIFAR10-DVS from {@code docs/FORMATS.md} (Tonic's
 * Mendeley copy of N-MNIST; SpikingJelly's figshare table for CIFAR10-DVS); MNIST and
 * Fashion-MNIST are the MD5s published with torchvision's {@code MNIST}/{@code FashionMNIST}
 * resources; CIFAR-10 is the MD5 on Krizhevsky's CIFAR page; DVS Gesture's archive MD5 is
 * SpikingJelly's. The layout each archive produces is the one the dataset classes expect.
 */
public final class Resources {
    /** Mendeley Data copy of N-MNIST (dataset 468j46mzdv), as used by Tonic. */
    static final String NMNIST_BASE = "https://data.mendeley.com/public-files/datasets/468j46mzdv/files/";
    /** figshare download endpoint for the CIFAR10-DVS class archives. */
    static final String FIGSHARE_BASE = "https://ndownloader.figshare.com/files/";
    /** MNIST: LeCun's page (official) and the PyTorch mirror. */
    static final List<String> MNIST_BASES = List.of("http://yann.lecun.com/exdb/mnist/",
            "https://ossci-datasets.s3.amazonaws.com/mnist/");
    /** Fashion-MNIST: Zalando's bucket (official) and the GitHub repository copy. */
    static final List<String> FASHION_BASES = List.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
            "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/");
    /** DVS Gesture is distributed through IBM Box behind a licence page. */
    static final String DVS_GESTURE_PAGE = "https://ibm.ent.box.com/s/3hiq58ww1pbbjrinh367ykfdf60xsfm8/folder/50167556794";

    private static final String[] IDX_FILES = {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"};
    private static final String[] MNIST_MD5 = {"f68b3c2dcbeaaa9fbdd348bbdeb94873", "d53e105ee54ea40749a09fcbcd1e9432",
        "9fb629c4189551a2d022fa330f9573f3", "ec29112dd5afa0611ce80d1b7f02629c"};
    private static final String[] FASHION_MD5 = {"8d4fb7e6c68d591d4c3dfef9ec88bf0d", "25c81989df183df01b3e8a0aad5dffbe",
        "bef4ecab320f06d8554ea6380940ec79", "bb300cfdad3c16e7a12a480ee83cd310"};
    /** CIFAR10-DVS figshare file ids and MD5s, in label order (airplane .. truck). */
    private static final long[] CIFAR10_DVS_IDS = {7712788, 7712791, 7712794, 7712812, 7712815, 7712818, 7712842,
        7712851, 7712836, 7712839};
    private static final String[] CIFAR10_DVS_MD5 = {"0afd5c4bf9ae06af762a77b180354fdd",
        "8438dfeba3bc970c94962d995b1b9bdd", "a9c207c91c55b9dc2002dc21c684d785", "52c63c677c2b15fa5146a8daf4d56687",
        "b6bf21f6c04d21ba4e23fc3e36c8a4a3", "f379ebdf6703d16e0a690782e62639c3", "cad6ed91214b1c7388a5f6ee56d08803",
        "e7cbbf77bec584ffbf913f00e682782a", "41c7bd7d6b251be82557c6cce9a7d5c9", "89f3922fd147d9aeff89e76a2b0b70a7"};

    private Resources() {
    }

    /** N-MNIST: {@code Train.zip} and {@code Test.zip}, extracting to {@code Train/} and {@code Test/}. */
    public static List<Resource> nmnist() {
        return List.of(
                Resource.direct(NMnist.NAME, "Train.zip", NMNIST_BASE + "39c25547-014b-4137-a934-9d29fa53c7a0/file_downloaded",
                        Checksum.md5("20959b8e626244a1b502305a9e6e2031"), ArchiveType.ZIP),
                Resource.direct(NMnist.NAME, "Test.zip", NMNIST_BASE + "05a4d654-7e03-4c15-bdfa-9bb2bcbea494/file_downloaded",
                        Checksum.md5("69ca8762b2fe404d9b9bad1103e97832"), ArchiveType.ZIP));
    }

    /** CIFAR10-DVS: ten {@code <class>.zip} archives (742-970 MB each) giving {@code <class>/cifar10_<class>_<i>.aedat}. */
    public static List<Resource> cifar10Dvs() {
        List<Resource> out = new ArrayList<>();
        for (int c = 0; c < CIFAR10_DVS_IDS.length; c++) {
            String cls = Cifar10Dvs.CLASS_NAMES.get(c);
            out.add(Resource.direct(Cifar10Dvs.NAME, cls + ".zip", FIGSHARE_BASE + CIFAR10_DVS_IDS[c],
                    Checksum.md5(CIFAR10_DVS_MD5[c]), ArchiveType.ZIP));
        }
        return List.copyOf(out);
    }

    /** DVS Gesture: {@code DvsGesture.tar.gz}, manual download, extracting to {@code DvsGesture/}. */
    public static List<Resource> dvsGesture() {
        return List.of(new Resource(DvsGesture.NAME, "DvsGesture.tar.gz", List.of(),
                Checksum.md5("8a5c71fb11e24e5ca5b11866ca6c00a1"), ArchiveType.TAR_GZ, "", DVS_GESTURE_PAGE));
    }

    /** MNIST: the four official {@code .gz} IDX files, kept compressed. */
    public static List<Resource> mnist() {
        return idx(Mnist.NAME, MNIST_BASES, MNIST_MD5);
    }

    /** Fashion-MNIST: the four official {@code .gz} IDX files, kept compressed. */
    public static List<Resource> fashionMnist() {
        return idx(FashionMnist.NAME, FASHION_BASES, FASHION_MD5);
    }

    /** CIFAR-10 binary version: {@code cifar-10-binary.tar.gz} giving {@code cifar-10-batches-bin/}. */
    public static List<Resource> cifar10() {
        return List.of(Resource.direct(Cifar10.NAME, "cifar-10-binary.tar.gz",
                "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz",
                Checksum.md5("c32a1d4ab5d03f1284b67883e8d87530"), ArchiveType.TAR_GZ));
    }

    /** Every registered dataset name, in a stable order. */
    public static List<String> datasets() {
        return List.of(NMnist.NAME, Cifar10Dvs.NAME, DvsGesture.NAME, Mnist.NAME, FashionMnist.NAME, Cifar10.NAME);
    }

    /**
     * The files of dataset {@code name} (a standard folder name such as {@code nmnist}).
     *
     * @throws IllegalArgumentException naming the known datasets if {@code name} is unknown
     */
    public static List<Resource> forDataset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case NMnist.NAME -> nmnist();
            case Cifar10Dvs.NAME -> cifar10Dvs();
            case DvsGesture.NAME -> dvsGesture();
            case Mnist.NAME -> mnist();
            case FashionMnist.NAME -> fashionMnist();
            case Cifar10.NAME -> cifar10();
            default -> throw new IllegalArgumentException("no downloadable dataset named '" + name + "'; known: "
                    + String.join(", ", datasets()));
        };
    }

    /** Every registered file. */
    public static List<Resource> all() {
        List<Resource> out = new ArrayList<>();
        for (String d : datasets()) {
            out.addAll(forDataset(d));
        }
        return List.copyOf(out);
    }

    private static List<Resource> idx(String dataset, List<String> bases, String[] md5) {
        List<Resource> out = new ArrayList<>();
        for (int i = 0; i < IDX_FILES.length; i++) {
            List<URI> urls = new ArrayList<>();
            for (String base : bases) {
                urls.add(URI.create(base + IDX_FILES[i]));
            }
            out.add(new Resource(dataset, IDX_FILES[i], urls, Checksum.md5(md5[i]), ArchiveType.NONE, "", null));
        }
        return List.copyOf(out);
    }
}
