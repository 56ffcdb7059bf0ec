package org.snn4j.autograd.checkpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The content of a safetensors file.
 *
 * @param tensors  arrays by name, in data-offset order
 * @param metadata the {@code __metadata__} string map (empty when absent)
 */
public record SafeTensorsFile(Map<String, INDArray> tensors, Map<String, String> metadata) {

    public SafeTensorsFile {
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
