package org.snn4j.autograd.nn;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * Maps {@link LayerSpec} record classes to their logical JSON names and back through the
 * {@link LayerRegistry}, so names registered at run time are honoured by every
 * {@code ObjectMapper}. Serialising an unregistered spec class is an error rather than a silent
 * fall-back to the Java class name.
 */
public final class LayerTypeIdResolver extends TypeIdResolverBase {
    private JavaType baseType;

    @Override
    public void init(JavaType bt) {
        this.baseType = bt;
    }

    @Override
    public String idFromValue(Object value) {
        return LayerRegistry.nameOf(value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
        return LayerRegistry.nameOf(value != null ? value.getClass() : suggestedType);
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        Class<? extends LayerSpec> type = LayerRegistry.find(id);
        return type == null ? null : context.constructSpecializedType(baseType, type);
    }

    @Override
    public String getDescForKnownTypeIds() {
        return String.join(", ", LayerRegistry.all().keySet());
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.NAME;
    }
}
