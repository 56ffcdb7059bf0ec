package org.snn4j.autograd.ops.sparse;

/**
 * The inner loop of the event kernels: {@code dst[d + o] += Σ_{i ∈ [from, to)} v_i·src[idx[i]·n + o]}
 * for {@code 0 ≤ o < n}, with {@code v_i = val[i]}, or 1 when {@code val} is {@code null} (binary
 * events: additions only). Four source rows are added per pass over the destination row, so the
 * destination is loaded and stored once per four events; the loops are plain array loops that the
 * JIT vectorises.
 */
final class RowSums {
    private RowSums() {
    }

    static void add(int[] idx, double[] val, int from, int to, float[] src, float[] dst, int d, int n) {
        int i = from;
        if (val == null) {
            for (; i + 3 < to; i += 4) {
                int s0 = idx[i] * n;
                int s1 = idx[i + 1] * n;
                int s2 = idx[i + 2] * n;
                int s3 = idx[i + 3] * n;
                for (int o = 0; o < n; o++) {
                    dst[d + o] += src[s0 + o] + src[s1 + o] + src[s2 + o] + src[s3 + o];
                }
            }
            for (; i < to; i++) {
                int s0 = idx[i] * n;
                for (int o = 0; o < n; o++) {
                    dst[d + o] += src[s0 + o];
                }
            }
            return;
        }
        for (; i + 3 < to; i += 4) {
            int s0 = idx[i] * n;
            int s1 = idx[i + 1] * n;
            int s2 = idx[i + 2] * n;
            int s3 = idx[i + 3] * n;
            float v0 = (float) val[i];
            float v1 = (float) val[i + 1];
            float v2 = (float) val[i + 2];
            float v3 = (float) val[i + 3];
            for (int o = 0; o < n; o++) {
                dst[d + o] += v0 * src[s0 + o] + v1 * src[s1 + o] + v2 * src[s2 + o] + v3 * src[s3 + o];
            }
        }
        for (; i < to; i++) {
            int s0 = idx[i] * n;
            float v0 = (float) val[i];
            for (int o = 0; o < n; o++) {
                dst[d + o] += v0 * src[s0 + o];
            }
        }
    }

    static void add(int[] idx, double[] val, int from, int to, double[] src, double[] dst, int d, int n) {
        int i = from;
        for (; i + 3 < to; i += 4) {
            int s0 = idx[i] * n;
            int s1 = idx[i + 1] * n;
            int s2 = idx[i + 2] * n;
            int s3 = idx[i + 3] * n;
            double v0 = val == null ? 1 : val[i];
            double v1 = val == null ? 1 : val[i + 1];
            double v2 = val == null ? 1 : val[i + 2];
            double v3 = val == null ? 1 : val[i + 3];
            for (int o = 0; o < n; o++) {
                dst[d + o] += v0 * src[s0 + o] + v1 * src[s1 + o] + v2 * src[s2 + o] + v3 * src[s3 + o];
            }
        }
        for (; i < to; i++) {
            int s0 = idx[i] * n;
            double v0 = val == null ? 1 : val[i];
            for (int o = 0; o < n; o++) {
                dst[d + o] += v0 * src[s0 + o];
            }
        }
    }
}
