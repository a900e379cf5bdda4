package dev.vfkit4j.json;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.json.JsonValue.JsonNull;
import dev.vfkit4j.json.JsonValue.JsonObject;
import dev.vfkit4j.spi.ComponentBuilder;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * vfkit's JSON for one kind of device or bootloader, driven by its generated descriptor: {@code kind}, then
 * {@code devName} where vfkit repeats the name, then one member per option. Works the same for built-in components
 * and for users' own {@code @VfkitDevice} records.
 *
 * <p>Reading follows Go's {@code encoding/json}: member names match case-insensitively (an exact match first), unknown
 * members are ignored, {@code null} leaves a field as it is, and when a field is given twice every occurrence is
 * type-checked and the last one wins. The values then go through the generated builder, so JSON is checked by the
 * same rules as the command line (rule R7).
 */
final class ComponentCodec<T> {
    static final String KIND = "kind";
    static final String DEV_NAME = "devName";

    private final ComponentDescriptor<T> descriptor;
    private final List<OptionCodec<T, ?>> options;
    private final GoJson.FieldNames<Integer> fields = new GoJson.FieldNames<>();
    /** The members the descriptor refuses ({@code @JsonRefused}), by folded name, with the reason. */
    private final Map<String, String> refusedMembers = new HashMap<>();
    /** What {@code devName} is, for messages. */
    private final String devNameDescription;

    ComponentCodec(ComponentDescriptor<T> descriptor) {
        this.descriptor = descriptor;
        this.devNameDescription = descriptor.name() + " devName";
        List<OptionCodec<T, ?>> codecs = new ArrayList<>();
        for (OptionDescriptor<T, ?> option : descriptor.options()) {
            if (option.jsonName() != null) { // one vfkit's JSON has no member for: Go ignores such a member
                fields.add(option.jsonName(), codecs.size());
            }
            codecs.add(new OptionCodec<>(option));
        }
        this.options = List.copyOf(codecs);
        for (ComponentDescriptor.RefusedMember member : descriptor.refusedJsonMembers()) {
            refusedMembers.put(GoJson.fold(member.member()), member.reason());
        }
    }

    ComponentDescriptor<T> descriptor() {
        return descriptor;
    }

    /** Writes {@code component} as one JSON object. */
    void write(T component, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty(KIND, descriptor.kind());
        if (descriptor.jsonDevName()) {
            out.writeStringProperty(DEV_NAME, descriptor.name());
        }
        for (OptionCodec<T, ?> option : options) {
            option.write(component, out);
        }
        out.writeEndObject();
    }

    /**
     * Reads the component from {@code object}, whose {@code kind} the caller has matched to this descriptor.
     *
     * @throws ConfigException naming the JSON path of the member at fault
     */
    T read(JsonObject object, JsonPath path) {
        ComponentBuilder<T> builder = descriptor.newBuilder();
        JsonValue[] given = new JsonValue[options.size()];
        String devName = null;
        JsonValue devNameValue = null;
        for (int i = 0; i < object.size(); i++) {
            JsonValue value = object.value(i);
            if (value == JsonNull.NULL) {
                continue; // Go leaves the field as it is
            }
            String name = object.name(i);
            if (GoJson.foldsTo(name, KIND)) {
                continue; // matched by the caller
            }
            if (descriptor.jsonDevName() && GoJson.foldsTo(name, "devname")) {
                devName = GoJson.string(value, path.member(name), devNameDescription);
                devNameValue = value;
                continue;
            }
            Integer index = fields.find(name);
            if (index == null) {
                String refused = refusedMembers.isEmpty() ? null : refusedMembers.get(GoJson.fold(name));
                if (refused != null) {
                    throw GoJson.invalid(path.member(name), value, descriptor.name() + ": " + refused);
                }
                continue; // Go ignores members it has no field for
            }
            options.get(index).read(value, path.member(name), builder);
            given[index] = value;
        }
        if (devName != null && !devName.isEmpty() && !devName.equals(descriptor.name())) {
            throw GoJson.invalid(path.member(DEV_NAME), devNameValue, "contradicts \"kind\": \"" + descriptor.kind()
                    + "\", which is a " + descriptor.name() + " device");
        }
        for (int i = 0; i < options.size(); i++) {
            if (given[i] == null) {
                options.get(i).readAbsent(builder);
            }
        }
        try {
            return builder.build();
        } catch (OptionException e) {
            throw atMember(e, path, given);
        } catch (ConfigException e) {
            // A rule on several options, or a record's own check: at the component's path.
            throw new ConfigException(path.toString(), null, null, e.getMessage(), e);
        } catch (RuntimeException e) {
            // A user's record may check its values in its constructor with any exception.
            throw new ConfigException(path.toString(), null, null, descriptor.name() + ": " + e.getMessage(), e);
        }
    }

    /** A check's error about one option, at the JSON member of the option it carries. */
    private ConfigException atMember(OptionException error, JsonPath path, JsonValue[] given) {
        int index = descriptor.options().indexOf(error.descriptor());
        if (index < 0) { // an option of another component's, checked by this one's record
            return new ConfigException(path.toString(), null, null, error.getMessage(), error);
        }
        OptionCodec<T, ?> option = options.get(index);
        // A missing number is Go's 0, which the builder may refuse: say where the 0 came from.
        String missing = given[index] == null && option.absent() != null
                ? "missing, which vfkit reads as " + option.absentDescription() + ": " : "";
        return new ConfigException(path.member(option.jsonName()).toString(), null,
                given[index] == null ? null : given[index].excerpt(), missing + error.getMessage(), error);
    }
}
