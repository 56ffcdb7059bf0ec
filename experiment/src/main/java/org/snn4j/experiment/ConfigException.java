package org.snn4j.experiment;

/**
 * A user error in an experiment config: one line {@code <json.path>: <problem>}, e.g.
 * {@code data.frames.by: "tme" is not one of time, count, spikes}. The command line prints the
 * message alone and exits with code 2.
 */
public final class ConfigException extends IllegalArgumentException {
    private final String path;

    /**
     * @param path    the JSON path of the offending value ({@code model.layers[2].tauMs}), or "" for the root
     * @param problem what is wrong, naming the allowed values where there is a list
     */
    public ConfigException(String path, String problem) {
        super((path == null || path.isEmpty() ? "config" : path) + ": " + problem);
        this.path = path == null ? "" : path;
    }

    /** The JSON path of the offending value ("" for the whole config). */
    public String path() {
        return path;
    }
}
