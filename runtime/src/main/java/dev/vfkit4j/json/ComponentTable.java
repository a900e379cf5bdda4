package dev.vfkit4j.json;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.internal.Suggestions;
import dev.vfkit4j.json.JsonValue.JsonNull;
import dev.vfkit4j.json.JsonValue.JsonObject;
import dev.vfkit4j.json.JsonValue.Member;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.Components;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code kind} table of vfkit's JSON: one {@link ComponentCodec} per device and bootloader, looked up by kind when
 * reading and by class when writing. Built from the descriptors on the class path ({@link Components#all()}), so a
 * user's {@code @VfkitDevice} record is read and written with its own kind without any registration code.
 */
final class ComponentTable {
    private final Map<ComponentRole, Map<String, ComponentCodec<?>>> byKind = new EnumMap<>(ComponentRole.class);
    private final Map<Class<?>, ComponentCodec<?>> byType = new HashMap<>();

    private ComponentTable(Iterable<? extends ComponentDescriptor<?>> descriptors) {
        for (ComponentRole role : ComponentRole.values()) {
            byKind.put(role, new TreeMap<>());
        }
        for (ComponentDescriptor<?> descriptor : descriptors) {
            ComponentCodec<?> codec = new ComponentCodec<>(descriptor);
            ComponentCodec<?> sameKind = byKind.get(descriptor.role()).putIfAbsent(descriptor.kind(), codec);
            if (sameKind != null && sameKind.descriptor().type() != descriptor.type()) {
                throw new ConfigException(null, null, null, sameKind.descriptor().type().getName() + " and "
                        + descriptor.type().getName() + " both declare JSON kind '" + descriptor.kind() + "'");
            }
            byType.put(descriptor.type(), codec);
        }
    }

    /** The table of every device and bootloader registered on the class path. */
    static ComponentTable registered() {
        return new ComponentTable(Components.all());
    }

    /** A table of exactly {@code descriptors}. */
    static ComponentTable of(Iterable<? extends ComponentDescriptor<?>> descriptors) {
        return new ComponentTable(descriptors);
    }

    /** The codecs, for registering a deserializer per concrete type. */
    Collection<ComponentCodec<?>> codecs() {
        return byType.values();
    }

    /** Writes a device or bootloader with its own kind. */
    void write(Object component, JsonGenerator out) {
        codecOf(component).write(component, out);
    }

    @SuppressWarnings("unchecked")
    private <T> ComponentCodec<T> codecOf(T component) {
        ComponentCodec<T> codec = (ComponentCodec<T>) byType.get(component.getClass());
        if (codec == null) {
            throw new ConfigException(component.getClass().getName(), null, null,
                    "cannot be written as vfkit JSON: not a registered vfkit component (annotate the record with"
                            + " @VfkitDevice or @VfkitBootloader and compile it with the vfkit4j processor)");
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
        Map<String, ComponentCodec<?>> kinds = byKind.get(role);
        Member kind = kindMember(object, path);
        if (kind == null) {
            throw new ConfigException(path.toString(), null, null, what + " needs a \"kind\" member, one of "
                    + String.join(", ", kinds.keySet()));
        }
        String name = ((JsonValue.JsonString) kind.value()).value();
        ComponentCodec<?> codec = kinds.get(name);
        if (codec == null) {
            String suggestion = Suggestions.closest(name, kinds.keySet());
            throw GoJson.invalid(path.member(kind.name()), kind.value(), "unknown " + what.substring(what.indexOf(' ')
                    + 1) + " kind" + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
                    + "; known: " + String.join(", ", kinds.keySet()));
        }
        return codec.read(object, path);
    }

    /**
     * Reads a component of one known type, for a field declared with the record's own class: the {@code kind}
     * member may be left out, and must agree when given.
     */
    <T> T read(ComponentCodec<T> codec, JsonValue value, JsonPath path) {
        JsonObject object = GoJson.object(value, path, codec.descriptor().name());
        Member kind = kindMember(object, path);
        if (kind != null && !((JsonValue.JsonString) kind.value()).value().equals(codec.descriptor().kind())) {
            throw GoJson.invalid(path.member(kind.name()), kind.value(), "expected kind '"
                    + codec.descriptor().kind() + "' (" + codec.descriptor().name() + ")");
        }
        return codec.read(object, path);
    }

    /**
     * The member that gives the kind, as Go decodes it: any spelling of {@code kind}, the last one winning, each a
     * string; {@code null} leaves it unset. Null when there is none.
     */
    private static Member kindMember(JsonObject object, JsonPath path) {
        Member kind = null;
        for (Member member : object.members()) {
            if (GoJson.fold(member.name()).equals(ComponentCodec.KIND) && member.value() != JsonNull.NULL) {
                GoJson.string(member.value(), path.member(member.name()), "the kind");
                kind = member;
            }
        }
        return kind;
    }
}
