package org.snn4j.nativebuild;

import org.nd4j.common.io.Resource;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * An ND4J backend that is never chosen and exists to run {@link NativeSelection#configure()} at
 * the right moment.
 *
 * <p>{@code Nd4jBackend.load()} instantiates every {@code Nd4jBackend} service on the class path
 * before it asks any of them to load native code; this class's constructor chooses the native
 * build then. Its priority is below the CPU backend's and it reports itself unavailable, so ND4J
 * goes on to load its real CPU backend, now with the right library.
 */
public final class SelectingBackend extends Nd4jBackend {

    /** Chooses the native build (ND4J's service discovery calls this). */
    public SelectingBackend() {
        NativeSelection.configure();
    }

    @Override
    public boolean allowsOrder() {
        return false;
    }

    @Override
    public int getPriority() {
        return BACKEND_PRIORITY_CPU - 1000;
    }

    @Override
    public boolean isAvailable() {
        return false;
    }

    @Override
    public boolean canRun() {
        return false;
    }

    @Override
    public Resource getConfigurationResource() {
        return null;
    }

    @Override
    public Class getNDArrayClass() {
        return null;
    }

    @Override
    public Environment getEnvironment() {
        return null;
    }

    @Override
    public String buildInfo() {
        return "snn4j native-build selector (not a backend)";
    }

    @Override
    public void logBackendInit() {
        // nothing to log: the start-up line is printed by NativeSelection
    }
}
