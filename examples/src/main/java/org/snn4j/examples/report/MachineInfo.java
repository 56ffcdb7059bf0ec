package org.snn4j.examples.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.nativebuild.CpuInfo;
import org.snn4j.nativebuild.NativeBuild;
import org.snn4j.nativebuild.NativeSelection;

/** The machine a report was made on: CPU model, vector ISA, cores, the native build and BLAS threads, Java, OS. */
public final class MachineInfo {
    private MachineInfo() {
    }

    /** The facts as an ordered map (loads ND4J). */
    public static Map<String, Object> current() {
        NativeSelection.configure();
        CpuInfo cpu = CpuInfo.current();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", cpu.modelName());
        m.put("isa", cpu.isa());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("nativeBuild", NativeSelection.loaded().map(NativeBuild::id).orElse("unknown"));
        m.put("blas", Nd4j.factory().blas().getBlasVendor().toString());
        m.put("blasThreads", Nd4j.factory().blas().getMaxThreads());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }
}
