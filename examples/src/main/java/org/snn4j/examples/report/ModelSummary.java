package org.snn4j.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snn4j.autograd.nn.Module;

/**
 * A model's layers for reports: each module's dotted path, type and number of its own parameters,
 * plus the total.
 */
public final class ModelSummary {
    private ModelSummary() {
    }

    /** {@code {"parameters": total, "layers": [{"path", "type", "parameters"}]}}; the root is left out. */
    public static Map<String, Object> of(Module model) {
        Map<String, Long> own = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, org.snn4j.autograd.nn.Parameter> e : model.namedParameters().entrySet()) {
            int dot = e.getKey().lastIndexOf('.');
            long n = e.getValue().value().length();
            own.merge(dot < 0 ? "" : e.getKey().substring(0, dot), n, Long::sum);
            total += n;
        }
        List<Map<String, Object>> layers = new ArrayList<>();
        for (Map.Entry<String, Module> e : model.namedModules().entrySet()) {
            if (e.getKey().isEmpty() && model.namedModules().size() > 1) {
                continue;
            }
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("path", e.getKey());
            l.put("type", e.getValue().getClass().getSimpleName());
            l.put("parameters", own.getOrDefault(e.getKey(), 0L));
            layers.add(l);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameters", total);
        m.put("layers", layers);
        return m;
    }
}
