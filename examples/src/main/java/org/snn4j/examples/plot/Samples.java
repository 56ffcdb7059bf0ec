package org.snn4j.examples.plot;

import org.snn4j.examples.monitor.MonitorRecording;

/** Checks and titles shared by the charts of one recorded sample. */
final class Samples {
    private Samples() {
    }

    static void check(MonitorRecording r, int sample) {
        if (sample < 0 || sample >= r.samples()) {
            throw new IllegalArgumentException("--sample " + sample + " is out of range; the monitor file has "
                    + r.samples() + " samples (0.." + (r.samples() - 1) + ")");
        }
    }

    static String title(String what, MonitorRecording r, int sample) {
        return what + ", test sample " + sample + " (label " + r.labels()[sample] + ", predicted "
                + r.predictions()[sample] + ")";
    }
}
