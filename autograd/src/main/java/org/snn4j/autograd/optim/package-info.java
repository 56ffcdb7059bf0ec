/**
 * Optimisers over named {@link org.snn4j.autograd.nn.Parameter}s with PyTorch's exact update
 * rules (SGD with momentum/Nesterov, Adam, AdamW, NAdam), learning-rate schedules and gradient
 * clipping. Optimiser state exports to a flat {@code "<parameter>.<slot>"} map for checkpoints,
 * so a resumed run continues bit-for-bit. {@link org.snn4j.autograd.optim.OptimizerTypes} and
 * {@link org.snn4j.autograd.optim.ScheduleTypes} are the registries of their JSON type names.
 */
package org.snn4j.autograd.optim;
