/**
 * The closed set of differentiable primitives, grouped by family, each with its vector-Jacobian
 * rule, plus composites (activations, losses) built only from primitives.
 */
package org.snn4j.autograd.ops;
