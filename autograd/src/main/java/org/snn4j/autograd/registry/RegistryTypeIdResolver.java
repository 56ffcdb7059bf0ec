package org.snn4j.autograd.registry;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * Jackson type-id resolver over a {@link Registry} of record classes: writes an object's logical
 * name and reads a name (or alias) back into its class, so JSON never carries Java class names.
 *
 * <p>Subclass it once per polymorphic base type and name the subclass in
 * {@code @JsonTypeIdResolver}; {@link #registry()} returns that type's registry.
 */
public abstract class RegistryTypeIdResolver extends TypeIdResolverBase {
    private JavaType baseType;

    /** The registry of logical name → record class for this base type. */
    protected abstract Registry<Class<?>> registry();

    @Override
    public void init(JavaType bt) {
        this.baseType = bt;
    }

    @Override
    public String idFromValue(Object value) {
        return registry().nameOf(value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
        return registry().nameOf(value != null ? value.getClass() : suggestedType);
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        return registry().find(id).map(t -> context.constructSpecializedType(baseType, t)).orElse(null);
    }

    @Override
    public String getDescForKnownTypeIds() {
        return String.join(", ", registry().names());
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.NAME;
    }
}
