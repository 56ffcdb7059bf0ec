/**
 * The one name → entry table that every extensible vocabulary in snn4j uses.
 *
 * <p>{@link org.snn4j.autograd.registry.Registry} maps stable logical names (the names written in
 * {@code model.json}, experiment configs and reports) to entries: spec record classes, factories or
 * values. Layers, neuron models, surrogates, losses, optimisers, schedules, datasets and presets each
 * have one registry. Entries from other modules arrive through {@link
 * org.snn4j.autograd.registry.RegistryEntries} services ({@code java.util.ServiceLoader}); old names
 * stay readable as aliases. {@link org.snn4j.autograd.registry.RegistryTypeIdResolver} lets Jackson
 * read and write a registry's logical names.
 */
package org.snn4j.autograd.registry;
