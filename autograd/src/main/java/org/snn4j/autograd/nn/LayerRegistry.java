package org.snn4j.autograd.nn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The table of logical layer type names used in {@code model.json}.
 *
 * <p>It maps a stable name ({@code "linear"}, {@code "conv2d"}, {@code "sequential"}, ...) to the
 * {@link LayerSpec} record class that describes such a layer. It is extensible at run time:
 * {@code LayerRegistry.register("scale", ScaleSpec.class)}, or declaratively through a
 * {@link LayerTypeProvider} service. It holds classes only, never live modules.
 *
 * <p>Registering the same name with the same class again is a no-op; a name or class that is
 * already bound differently is an error, so a name in a saved file always means one thing.
 */
public final class LayerRegistry {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_\\-]*");
    private static final Map<String, Class<? extends LayerSpec>> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, String> BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();
    private static boolean providersLoaded;

    static {
        register("linear", LinearSpec.class);
        register("conv2d", Conv2dSpec.class);
        register("avgpool2d", AvgPool2dSpec.class);
        register("maxpool2d", MaxPool2dSpec.class);
        register("flatten", FlattenSpec.class);
        register("dropout", DropoutSpec.class);
        register("batchnorm1d", BatchNorm1dSpec.class);
        register("batchnorm2d", BatchNorm2dSpec.class);
        register("relu", ReLUSpec.class);
        register("sequential", SequentialSpec.class);
    }

    private LayerRegistry() {
    }

    /**
     * Binds {@code name} to {@code type}.
     *
     * @throws IllegalArgumentException if the name is malformed (lower-case letters, digits,
     *                                  '_' and '-', starting with a letter) or already bound to
     *                                  another class, or the class already has another name
     */
    public static synchronized void register(String name, Class<? extends LayerSpec> type) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("layer type name must match " + NAME + ", got '" + name + "'");
        }
        if (type == null) {
            throw new IllegalArgumentException("layer type '" + name + "': class is null");
        }
        Class<? extends LayerSpec> bound = BY_NAME.get(name);
        String named = BY_CLASS.get(type);
        if (bound == type && name.equals(named)) {
            return;
        }
        if (bound != null || ALIASES.containsKey(name)) {
            throw new IllegalArgumentException("layer type '" + name + "' is already bound to "
                    + (bound != null ? bound.getName() : "'" + ALIASES.get(name) + "'"));
        }
        if (named != null) {
            throw new IllegalArgumentException(type.getName() + " is already registered as '" + named + "'");
        }
        BY_NAME.put(name, type);
        BY_CLASS.put(type, name);
    }

    /**
     * Makes {@code alias} another name of the registered type {@code canonical}: files naming the
     * alias read as that type; {@link #nameOf} keeps the canonical name. A spec class whose JSON
     * type depends on its value (one neuron layer spec for every neuron model) is registered once
     * and reached through aliases; its serializer writes the type itself.
     *
     * @throws IllegalArgumentException if {@code canonical} is unknown or {@code alias} is taken
     */
    public static synchronized void alias(String alias, String canonical) {
        if (alias == null || !NAME.matcher(alias).matches()) {
            throw new IllegalArgumentException("layer type name must match " + NAME + ", got '" + alias + "'");
        }
        if (!BY_NAME.containsKey(canonical)) {
            throw new IllegalArgumentException("layer type alias '" + alias + "': '" + canonical + "' is not registered");
        }
        if (canonical.equals(ALIASES.get(alias))) {
            return;
        }
        if (ALIASES.containsKey(alias) || BY_NAME.containsKey(alias)) {
            throw new IllegalArgumentException("layer type '" + alias + "' is already taken");
        }
        ALIASES.put(alias, canonical);
    }

    /** The class bound to {@code name} (a canonical name or an alias), or {@code null}. */
    public static synchronized Class<? extends LayerSpec> find(String name) {
        loadProviders();
        return BY_NAME.get(ALIASES.getOrDefault(name, name));
    }

    /**
     * The class bound to {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown type and listing the known ones
     */
    public static synchronized Class<? extends LayerSpec> typeOf(String name) {
        Class<? extends LayerSpec> t = find(name);
        if (t == null) {
            throw new IllegalArgumentException("unknown layer type '" + name + "'; known types: " + BY_NAME.keySet()
                    + " (register others with LayerRegistry.register)");
        }
        return t;
    }

    /**
     * The logical name of a spec class.
     *
     * @throws IllegalArgumentException if the class was never registered
     */
    public static synchronized String nameOf(Class<?> type) {
        loadProviders();
        String n = BY_CLASS.get(type);
        if (n == null) {
            throw new IllegalArgumentException(type.getName() + " is not a registered layer type; call "
                    + "LayerRegistry.register(\"name\", " + type.getSimpleName() + ".class)");
        }
        return n;
    }

    /** A snapshot of every binding, in registration order. */
    public static synchronized Map<String, Class<? extends LayerSpec>> all() {
        loadProviders();
        return Collections.unmodifiableMap(new LinkedHashMap<>(BY_NAME));
    }

    private static void loadProviders() {
        if (providersLoaded) {
            return;
        }
        providersLoaded = true;
        registerAll(ServiceLoader.load(LayerTypeProvider.class));
    }

    /** Registers every binding of every provider (what service discovery does on first lookup). */
    static synchronized void registerAll(Iterable<? extends LayerTypeProvider> providers) {
        for (LayerTypeProvider p : providers) {
            p.layerTypes().forEach(LayerRegistry::register);
            p.aliases().forEach(LayerRegistry::alias);
        }
    }
}
