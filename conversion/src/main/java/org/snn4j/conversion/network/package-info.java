/**
 * The intermediate form of a converted network: {@link org.snn4j.conversion.network.Stage}s of
 * synapse ops ({@link org.snn4j.conversion.network.DenseOp}, {@link org.snn4j.conversion.network.ConvOp},
 * {@link org.snn4j.conversion.network.AvgPoolOp}, {@link org.snn4j.conversion.network.FlattenOp},
 * {@link org.snn4j.conversion.network.MaxPoolGateOp}) that each feed one population of neurons,
 * collected in a {@link org.snn4j.conversion.network.ConvertedNetwork}.
 */
package org.snn4j.conversion.network;
