package dev.vfkit4j.json;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.internal.Suggestions;
import dev.vfkit4j.json.JsonValue.JsonNull;
import dev.vfkit4j.json.JsonValue.JsonObject;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.Components;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code kind} table of vfkit's JSON: one {@link ComponentCodec} per component of a {@link Components} registry,
 * looked up through the registry by kind when reading and by class when writing. So a user's {@code @VfkitDevice}
 * record is read and written with its own kind without any registration code.
 */
final class ComponentTable {
    private final Components components;
    private final Map<Class<?>, ComponentCodec<?>> byType = new HashMap<>();

    ComponentTable(Components components) {
        this.components = components;
        for (ComponentDescriptor<?> descriptor : components.all()) {
            byType.put(descriptor.type(), new ComponentCodec<>(descriptor));
        }
    }

    /** The codecs, for registering a deserializer per concrete type. */
    Collection<ComponentCodec<?>> codecs() {
        return byType.values();
    }

    /** Writes a device or bootloader with its own kind. */
    void write(Object component, JsonGenerator out) {
        codecOf(component).write(component, out);
    }

    @SuppressWarnings("unchecked") // byType maps each class to the codec of that class
    private <T> ComponentCodec<T> codecOf(T component) {
        ComponentCodec<T> codec = (ComponentCodec<T>) byType.get(component.getClass());
        if (codec == null) { // the registry says why it does not know the class
            codec = (ComponentCodec<T>) byType.get(components.descriptorFor(component).type());
        }
        return codec;
    }

    /**
     * Reads a device or bootloader chosen by its {@code kind} member.
     *
     * @throws ConfigException for a value that is not an object, a missing, non-string or unknown kind, or any
     *     problem with the component, naming the JSON path
     */
    Object read(ComponentRole role, JsonValue value, JsonPath path) {
        String what = role == ComponentRole.DEVICE ? "a device" : "a bootloader";
        JsonObject object = GoJson.object(value, path, what);
        int kind = kindMember(object, path);
        if (kind < 0) {
            throw new ConfigException(path.toString(), null, null, what + " needs a \"kind\" member, one of "
                    + String.join(", ", components.kinds(role)));
        }
        String name = ((JsonValue.JsonString) object.value(kind)).value();
        ComponentDescriptor<?> descriptor = components.byKind(role, name);
        if (descriptor == null) {
            List<String> kinds = components.kinds(role);
            String suggestion = Suggestions.closest(name, kinds);
            throw GoJson.invalid(path.member(object.name(kind)), object.value(kind), "unknown " + role.noun()
                    + " kind" + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)") + "; known: "
                    + String.join(", ", kinds));
        }
        return byType.get(descriptor.type()).read(object, path);
    }

    /**
     * Reads a component of one known type, for a field declared with the record's own class: the {@code kind}
     * member may be left out, and must agree when given.
     */
    <T> T read(ComponentCodec<T> codec, JsonValue value, JsonPath path) {
        JsonObject object = GoJson.object(value, path, codec.descriptor().name());
        int kind = kindMember(object, path);
        if (kind >= 0 && !((JsonValue.JsonString) object.value(kind)).value().equals(codec.descriptor().kind())) {
            throw GoJson.invalid(path.member(object.name(kind)), object.value(kind), "expected kind '"
                    + codec.descriptor().kind() + "' (" + codec.descriptor().name() + ")");
        }
        return codec.read(object, path);
    }

    /**
     * The member that gives the kind, as Go decodes it: any spelling of {@code kind}, the last one winning, each a
     * string; {@code null} leaves it unset. Its index, or -1 when there is none.
     */
    private static int kindMember(JsonObject object, JsonPath path) {
        int kind = -1;
        for (int i = 0; i < object.size(); i++) {
            if (GoJson.foldsTo(object.name(i), ComponentCodec.KIND) && object.value(i) != JsonNull.NULL) {
                GoJson.string(object.value(i), path.member(object.name(i)), "the kind");
                kind = i;
            }
        }
        return kind;
    }
}
