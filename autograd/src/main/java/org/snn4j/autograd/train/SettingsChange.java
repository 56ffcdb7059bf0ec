package org.snn4j.autograd.train;

import java.util.Map;

/**
 * Settings that a resumed run changed with {@code --override}: from {@code epoch} on (1-based)
 * the run used {@code after} instead of {@code before}. Only the keys that differ are listed;
 * nested settings have dotted keys, e.g. {@code optimizer.lr}.
 *
 * @param epoch  the first epoch trained with the new settings
 * @param before the recorded values of the changed keys
 * @param after  the new values of those keys
 */
public record SettingsChange(int epoch, Map<String, Object> before, Map<String, Object> after) {
    public SettingsChange {
        before = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
        after = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
    }
}
