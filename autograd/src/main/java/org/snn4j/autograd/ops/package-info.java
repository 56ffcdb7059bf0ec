/**
 * The closed set of differentiable primitives, grouped by family, each with its vector-Jacobian
 * rule, plus composites (activations, losses) built from primitives, except the cross-entropy
 * against class indices, one fused node.
 *
 * <ul>
 *   <li>{@link org.snn4j.autograd.ops.Arithmetic}: add, sub, mul, div, neg and scalar forms;</li>
 *   <li>{@link org.snn4j.autograd.ops.UnaryMath}: pow, exp, log, sqrt, abs;</li>
 *   <li>{@link org.snn4j.autograd.ops.Comparisons}: maximum, minimum, relu, clamp, where;</li>
 *   <li>{@link org.snn4j.autograd.ops.LinearAlgebra}: matmul (2-D, batched, shared right operand) and
 *       X·Wᵀ for dense layers, on libnd4j's matmul op (oneDNN; 2-D products via {@link org.snn4j.autograd.ops.Gemm},
 *       which runs float32 products with an inner size of at most 16 on the vector API instead);</li>
 *   <li>{@link org.snn4j.autograd.ops.Reductions}: sum, mean, max over axes (a sum over leading axes
 *       of a dense array in one Java pass);</li>
 *   <li>{@link org.snn4j.autograd.ops.Shapes}, {@link org.snn4j.autograd.ops.Indexing},
 *       {@link org.snn4j.autograd.ops.Joining}: reshape, permute, transpose, pad, slice, select,
 *       concat, stack;</li>
 *   <li>{@link org.snn4j.autograd.ops.Convolution}, {@link org.snn4j.autograd.ops.Pooling},
 *       {@link org.snn4j.autograd.ops.Dropout}: conv2d (dense on ND4J/oneDNN, or event-driven over
 *       the non-zero inputs, chosen by density and {@link org.snn4j.autograd.ops.sparse.SparsePolicy},
 *       an average-pooled input's few values gathered as binary events from one scaled copy per value;
 *       the input gradient of a stride-1 float32 convolution on the vector API where it has 512-bit vectors,
 *       {@link org.snn4j.autograd.ops.TransposedConv}, a matrix product then a shifted sum, else ND4J's deconv2d),
 *       avg/max pooling, inverted dropout;</li>
 *   <li>composites: {@link org.snn4j.autograd.ops.Activations} (sigmoid, tanh, softplus,
 *       logSigmoid, softmax, logSoftmax) and {@link org.snn4j.autograd.ops.LossFunctions}
 *       (cross-entropy, MSE, BCE, BCE with logits; the cross-entropy against class indices is one
 *       fused node, log-sum-exp and its gradient {@code softmax − onehot} in one pass).</li>
 * </ul>
 * Every op keeps its inputs' data type, accepts row-major, column-major and strided-view inputs,
 * and returns a fresh array that shares no memory with its inputs (dropout in evaluation mode
 * returns its input tensor unchanged). Each one is checked against
 * central differences by {@code org.snn4j.autograd.check.GradientChecker} (autograd's test-jar).
 */
package org.snn4j.autograd.ops;
