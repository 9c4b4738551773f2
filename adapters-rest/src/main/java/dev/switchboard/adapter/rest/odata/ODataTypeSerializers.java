package dev.switchboard.adapter.rest.odata;

import java.util.Iterator;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.bean.BeanSerializerBase;

/**
 * Writes {@code "@odata.type"} as the first property of every wire record that {@link ODataTypes} names, so the
 * records themselves stay plain data and the type names live in one table.
 */
final class ODataTypeSerializers {

    private ODataTypeSerializers() {
    }

    static SimpleModule module(ODataTypes types) {
        SimpleModule module = new SimpleModule("odata-types");
        module.setSerializerModifier(new ValueSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
                                                       ValueSerializer<?> serializer) {
                Function<Object, String> typeOf = types.typeOf(description.getBeanClass());
                if (typeOf == null || !(serializer instanceof BeanSerializerBase)) {
                    return serializer;
                }
                return new Typed((ValueSerializer<Object>) serializer, typeOf);
            }
        });
        return module;
    }

    /** A bean serializer that opens the object with its {@code @odata.type}. */
    private static final class Typed extends ValueSerializer<Object> {

        private final ValueSerializer<Object> bean;
        private final Function<Object, String> typeOf;

        Typed(ValueSerializer<Object> bean, Function<Object, String> typeOf) {
            this.bean = bean;
            this.typeOf = typeOf;
        }

        @Override
        public void resolve(SerializationContext context) {
            bean.resolve(context);
        }

        @Override
        @SuppressWarnings("unchecked")
        public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
            ValueSerializer<?> contextual = bean.createContextual(context, property);
            return contextual == bean ? this : new Typed((ValueSerializer<Object>) contextual, typeOf);
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializationContext context) throws JacksonException {
            generator.writeStartObject(value);
            generator.writeStringProperty("@odata.type", typeOf.apply(value));
            for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
                PropertyWriter writer = it.next();
                try {
                    writer.serializeAsProperty(value, generator, context);
                } catch (JacksonException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("cannot write property " + writer.getName(), e);
                }
            }
            generator.writeEndObject();
        }

        @Override
        public Class<?> handledType() {
            return bean.handledType();
        }
    }
}
