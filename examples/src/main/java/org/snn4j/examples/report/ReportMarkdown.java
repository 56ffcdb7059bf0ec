package org.snn4j.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown twin of a train/eval/demo JSON report: summary, machine, hyperparameters, model,
 * per-epoch metrics, confusion matrix and links to the plots.
 */
public final class ReportMarkdown {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportMarkdown() {
    }

    /** Renders {@code report} (the map written as JSON). */
    public static String render(Map<String, Object> report) {
        JsonNode r = JSON.valueToTree(report);
        StringBuilder b = new StringBuilder();
        b.append("# snn4j run: ").append(r.path("preset").asText(r.path("checkpoint").asText("run"))).append("\n\n");
        b.append("| | |\n|---|---|\n");
        for (String f : new String[] {"preset", "dataset", "checkpoint", "seed", "testAccuracy", "testSamples",
            "trainSeconds", "samplesPerSecond", "createdAt"}) {
            if (r.has(f)) {
                b.append("| ").append(f).append(" | ").append(value(r.get(f))).append(" |\n");
            }
        }
        section(b, "Machine", r.path("machine"));
        section(b, "Timings", r.path("timings"));
        if (r.path("config").isObject()) {
            b.append("\n## Hyperparameters\n\n| key | value |\n|---|---|\n");
            for (Iterator<Map.Entry<String, JsonNode>> it = r.path("config").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                b.append("| ").append(e.getKey()).append(" | `").append(e.getValue().toString().replace("|", "\\|"))
                        .append("` |\n");
            }
        }
        model(b, r.path("model"));
        epochs(b, r.path("epochs"));
        confusion(b, r.path("confusion"));
        if (r.path("plots").isObject() && !r.path("plots").isEmpty()) {
            b.append("\n## Plots\n\n");
            r.path("plots").fields().forEachRemaining(e -> b.append("- ").append(e.getKey()).append(": [")
                    .append(e.getValue().asText()).append("](").append(e.getValue().asText()).append(")\n"));
            r.path("plots").fields().forEachRemaining(e -> {
                if (e.getValue().asText().endsWith(".png")) {
                    b.append("\n![").append(e.getKey()).append("](").append(e.getValue().asText()).append(")\n");
                }
            });
        }
        return b.toString();
    }

    private static void section(StringBuilder b, String title, JsonNode obj) {
        if (obj.isObject() && !obj.isEmpty()) {
            b.append("\n## ").append(title).append("\n\n| | |\n|---|---|\n");
            obj.fields().forEachRemaining(e -> b.append("| ").append(e.getKey()).append(" | ")
                    .append(value(e.getValue())).append(" |\n"));
        }
    }

    private static void model(StringBuilder b, JsonNode m) {
        if (!m.isObject()) {
            return;
        }
        b.append("\n## Model (").append(m.path("parameters").asLong()).append(" parameters)\n\n")
                .append("| layer | type | parameters |\n|---|---|---:|\n");
        for (JsonNode l : m.path("layers")) {
            b.append("| ").append(l.path("path").asText()).append(" | ").append(l.path("type").asText()).append(" | ")
                    .append(l.path("parameters").asLong()).append(" |\n");
        }
    }

    private static void epochs(StringBuilder b, JsonNode epochs) {
        if (!epochs.isArray() || epochs.isEmpty()) {
            return;
        }
        b.append("\n## Epochs\n\n| epoch | loss | train acc | test acc | lr | seconds | samples/s |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (JsonNode e : epochs) {
            b.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s |%n", e.path("epoch").asInt(),
                    value(e.path("trainLoss")), value(e.path("trainAccuracy")), value(e.path("testAccuracy")),
                    value(e.path("learningRate")), value(e.path("seconds")), value(e.path("samplesPerSecond"))));
        }
    }

    private static void confusion(StringBuilder b, JsonNode m) {
        if (!m.isArray() || m.isEmpty()) {
            return;
        }
        b.append("\n## Confusion matrix (rows: true class, columns: predicted)\n\n|   |");
        for (int p = 0; p < m.size(); p++) {
            b.append(' ').append(p).append(" |");
        }
        b.append("\n|---|").append("---:|".repeat(m.size())).append('\n');
        for (int t = 0; t < m.size(); t++) {
            b.append("| **").append(t).append("** |");
            for (JsonNode c : m.get(t)) {
                b.append(' ').append(c.asLong()).append(" |");
            }
            b.append('\n');
        }
    }

    private static String value(JsonNode v) {
        if (v.isFloatingPointNumber()) {
            return String.format(Locale.ROOT, "%.4g", v.asDouble());
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
