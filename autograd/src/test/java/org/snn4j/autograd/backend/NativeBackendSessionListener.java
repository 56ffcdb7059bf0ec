package org.snn4j.autograd.backend;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Picks the native ND4J build before any test loads ND4J. Registered through
 * {@code META-INF/services}, and shipped in autograd's test-jar so every module's tests get it.
 */
public class NativeBackendSessionListener implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NativeBackend.configure();
    }
}
