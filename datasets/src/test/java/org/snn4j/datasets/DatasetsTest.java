package org.snn4j.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snn4j.datasets.download.ArchiveType;
import org.snn4j.datasets.download.Checksum;
import org.snn4j.datasets.download.Resource;

/** The dataset registry and the download catalogue each dataset class carries ({@code DOWNLOADS}). */
class DatasetsTest {

    static Stream<Resource> all() {
        return Datasets.REGISTRY.values().stream().flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("all")
    void everyResourceHasALocationAChecksumAndItsDatasetsName(Resource r) {
        assertTrue(Datasets.REGISTRY.get(r.dataset()).contains(r), r.dataset() + "/" + r.fileName());
        assertTrue(r.manualOnly() || !r.urls().isEmpty());
        for (var u : r.urls()) {
            assertTrue(u.getScheme().equals("https") || u.getScheme().equals("http"), u.toString());
        }
        assertEquals(Checksum.Algorithm.MD5, r.checksum().algorithm());
    }

    @Test
    void registryCoversEveryDatasetWithTheOfficialChecksums() {
        assertEquals(List.of("nmnist", "cifar10-dvs", "dvs-gesture", "mnist", "fashion-mnist", "cifar10"),
                Datasets.REGISTRY.names());
        assertEquals("md5:20959b8e626244a1b502305a9e6e2031", NMnist.DOWNLOADS.get(0).checksum().toString());
        assertEquals("md5:69ca8762b2fe404d9b9bad1103e97832", NMnist.DOWNLOADS.get(1).checksum().toString());
        assertEquals(10, Cifar10Dvs.DOWNLOADS.size());
        assertEquals("https://ndownloader.figshare.com/files/7712788", Cifar10Dvs.DOWNLOADS.get(0).urls().get(0).toString());
        assertEquals("truck.zip", Cifar10Dvs.DOWNLOADS.get(9).fileName());
        assertEquals("md5:89f3922fd147d9aeff89e76a2b0b70a7", Cifar10Dvs.DOWNLOADS.get(9).checksum().toString());
        assertTrue(DvsGesture.DOWNLOADS.get(0).manualOnly());
        assertEquals("md5:c32a1d4ab5d03f1284b67883e8d87530", Cifar10.DOWNLOADS.get(0).checksum().toString());
        assertEquals(List.of("f68b3c2dcbeaaa9fbdd348bbdeb94873", "d53e105ee54ea40749a09fcbcd1e9432",
                "9fb629c4189551a2d022fa330f9573f3", "ec29112dd5afa0611ce80d1b7f02629c"),
                Mnist.DOWNLOADS.stream().map(r -> r.checksum().hex()).toList());
        assertEquals(List.of("8d4fb7e6c68d591d4c3dfef9ec88bf0d", "25c81989df183df01b3e8a0aad5dffbe",
                "bef4ecab320f06d8554ea6380940ec79", "bb300cfdad3c16e7a12a480ee83cd310"),
                FashionMnist.DOWNLOADS.stream().map(r -> r.checksum().hex()).toList());
        assertEquals(2, Mnist.DOWNLOADS.get(0).urls().size(), "official location plus a mirror");
        assertFalse(Mnist.DOWNLOADS.get(0).manualOnly());
    }

    @Test
    void fileNamesAreUniquePerDataset() {
        Set<String> seen = new HashSet<>();
        for (Resource r : all().toList()) {
            assertTrue(seen.add(r.dataset() + "/" + r.fileName()), r.fileName());
        }
    }

    @Test
    void unknownDatasetListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.REGISTRY.get("imagenet"));
        assertEquals("unknown dataset 'imagenet'; known: nmnist, cifar10-dvs, dvs-gesture, mnist, fashion-mnist, cifar10",
                e.getMessage());
    }

    @Test
    void checksumAndResourceValidation() {
        assertThrows(IllegalArgumentException.class, () -> Checksum.md5("abc"));
        assertThrows(IllegalArgumentException.class, () -> Checksum.sha256("z".repeat(64)));
        assertEquals("md5:900150983cd24fb0d6963f7d28e17f72", "md5:" + Checksum.of(Checksum.Algorithm.MD5, "abc".getBytes()));
        assertEquals(Checksum.md5("ABCDEF0123456789ABCDEF0123456789").hex(), "abcdef0123456789abcdef0123456789");
        assertThrows(IllegalArgumentException.class,
                () -> Resource.direct("mnist", "../x", "http://h/x", Checksum.md5("0".repeat(32)), ArchiveType.NONE));
    }
}
