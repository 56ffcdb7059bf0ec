package org.snn4j.autograd.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * A table of logical names → entries (a spec class, a factory or a value), the single registry
 * mechanism of snn4j.
 *
 * <p>Names are lower-case ({@code [a-z][a-z0-9_.\-]*}), bound once: registering the same name with
 * an equal entry again is a no-op, any other rebinding is an error, so a name in a saved file
 * always means one thing, and an entry has one canonical name ({@link #nameOf}). Aliases keep
 * old names readable ({@code "lif-charge"} → {@code "lif"}); {@link #names()} lists canonical
 * names only. An unknown name is an {@link
 * IllegalArgumentException} whose one-line message names the kind, the name and every known name.
 *
 * <p>Entries contributed by other modules are loaded lazily through {@link ServiceLoader} from
 * {@link RegistryEntries} providers whose {@link RegistryEntries#registry()} equals {@link #kind()}.
 *
 * @param <T> the entry type
 */
public final class Registry<T> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.\\-]*");

    private final String kind;
    private final Map<String, T> entries = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private boolean providersLoaded;

    /**
     * An empty registry.
     *
     * @param kind what the entries are, used in messages and to match {@link RegistryEntries}
     *             providers, e.g. {@code "layer type"}, {@code "surrogate"}
     */
    public Registry(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("registry kind must not be blank");
        }
        this.kind = kind;
    }

    /** What the entries are ({@code "layer type"}, {@code "neuron model"}, ...). */
    public String kind() {
        return kind;
    }

    /**
     * Binds {@code name} to {@code entry}; returns this registry for chaining.
     *
     * @throws IllegalArgumentException if the name is malformed or already bound to a different
     *                                  entry (or used as an alias), or the entry already has another
     *                                  name (one entry, one canonical name; further names are aliases)
     */
    public synchronized Registry<T> register(String name, T entry) {
        checkName(name);
        Objects.requireNonNull(entry, () -> kind + " '" + name + "': entry is null");
        T bound = entries.get(name);
        if (bound != null) {
            if (bound.equals(entry)) {
                return this;
            }
            throw new IllegalArgumentException(kind + " '" + name + "' is already registered as " + bound);
        }
        if (aliases.containsKey(name)) {
            throw new IllegalArgumentException(kind + " '" + name + "' is already an alias of '" + aliases.get(name) + "'");
        }
        for (Map.Entry<String, T> e : entries.entrySet()) {
            if (e.getValue().equals(entry)) {
                throw new IllegalArgumentException(entry + " is already registered as " + kind + " '" + e.getKey()
                        + "'; give it another name with alias()");
            }
        }
        entries.put(name, entry);
        return this;
    }

    /**
     * Makes {@code alias} another name for the registered {@code canonical} name.
     *
     * @throws IllegalArgumentException if {@code canonical} is unknown or {@code alias} is taken
     */
    public synchronized Registry<T> alias(String alias, String canonical) {
        checkName(alias);
        if (!entries.containsKey(canonical)) {
            throw new IllegalArgumentException(kind + " alias '" + alias + "': '" + canonical + "' is not registered");
        }
        String bound = aliases.get(alias);
        if (canonical.equals(bound)) {
            return this;
        }
        if (bound != null || entries.containsKey(alias)) {
            throw new IllegalArgumentException(kind + " '" + alias + "' is already taken");
        }
        aliases.put(alias, canonical);
        return this;
    }

    /** The entry for a canonical name or alias, if any. */
    public synchronized Optional<T> find(String name) {
        loadProviders();
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(aliases.getOrDefault(name, name)));
    }

    /**
     * The entry for a canonical name or alias.
     *
     * @throws IllegalArgumentException {@code unknown <kind> 'x'; known: a, b, c}
     */
    public T get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(unknownMessage(name)));
    }

    /** Whether {@code name} is a canonical name or an alias. */
    public boolean contains(String name) {
        return find(name).isPresent();
    }

    /** The canonical name for a canonical name or alias. */
    public synchronized String canonical(String name) {
        get(name);
        return aliases.getOrDefault(name, name);
    }

    /**
     * The canonical name of an entry.
     *
     * @throws IllegalArgumentException if the entry was never registered
     */
    public synchronized String nameOf(T entry) {
        loadProviders();
        for (Map.Entry<String, T> e : entries.entrySet()) {
            if (e.getValue().equals(entry)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException(entry + " is not a registered " + kind + "; known: " + String.join(", ", entries.keySet()));
    }

    /** Canonical names in registration order. */
    public synchronized List<String> names() {
        loadProviders();
        return List.copyOf(entries.keySet());
    }

    /** Alias → canonical name, in registration order. */
    public synchronized Map<String, String> aliases() {
        loadProviders();
        return Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    /** Canonical name → entry, in registration order. */
    public synchronized Map<String, T> entries() {
        loadProviders();
        return Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The entries in registration order. */
    public synchronized List<T> values() {
        loadProviders();
        return new ArrayList<>(entries.values());
    }

    /** The one-line message for an unknown name, listing every known canonical name. */
    public synchronized String unknownMessage(String name) {
        loadProviders();
        return "unknown " + kind + " '" + name + "'; known: " + String.join(", ", entries.keySet());
    }

    /**
     * Registers the entries and aliases of every provider in {@code providers} whose
     * {@link RegistryEntries#registry()} is this registry's kind (after the {@link ServiceLoader}
     * providers). All entries are bound before any alias, so an alias may name an entry that
     * another provider contributes.
     */
    public synchronized void registerAll(Iterable<? extends RegistryEntries<?>> providers) {
        loadProviders();
        bind(providers);
    }

    private void loadProviders() {
        if (providersLoaded) {
            return;
        }
        providersLoaded = true;
        List<RegistryEntries<?>> found = new ArrayList<>();
        for (RegistryEntries<?> p : ServiceLoader.load(RegistryEntries.class, Registry.class.getClassLoader())) {
            found.add(p);
        }
        bind(found);
    }

    @SuppressWarnings("unchecked")
    private void bind(Iterable<? extends RegistryEntries<?>> providers) {
        List<RegistryEntries<T>> mine = new ArrayList<>();
        for (RegistryEntries<?> p : providers) {
            if (kind.equals(p.registry())) {
                mine.add((RegistryEntries<T>) p);
            }
        }
        mine.forEach(p -> p.entries().forEach(this::register));
        mine.forEach(p -> p.aliases().forEach(this::alias));
    }

    private void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(kind + " name must match " + NAME + ", got '" + name + "'");
        }
    }

    @Override
    public String toString() {
        return "Registry[" + kind + "]";
    }
}
