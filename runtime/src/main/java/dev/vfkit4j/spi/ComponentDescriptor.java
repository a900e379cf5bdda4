package dev.vfkit4j.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything vfkit4j knows about one kind of device or bootloader, generated from its annotated record. The runtime
 * finds descriptors with {@link java.util.ServiceLoader}; each generated one is listed in
 * {@code META-INF/services/dev.vfkit4j.spi.ComponentDescriptor}.
 *
 * @param <T> the record
 */
public interface ComponentDescriptor<T> {

    /** {@code --device} or {@code --bootloader}. */
    ComponentRole role();

    /** The name on the command line, e.g. {@code virtio-blk}. */
    String name();

    /** The {@code kind} in vfkit's JSON, e.g. {@code virtioblk}. */
    String kind();

    /** One sentence of documentation. */
    default String doc() {
        return "";
    }

    /**
     * The first vfkit release that accepts this component ({@code "0.6.1"}), or empty when every release does or it is
     * not known.
     */
    default String since() {
        return "";
    }

    /** The record class. */
    Class<T> type();

    /** Whether vfkit's JSON repeats the name as {@code devName}. */
    default boolean jsonDevName() {
        return false;
    }

    /** The options, in printing order. */
    List<OptionDescriptor<T, ?>> options();

    /** Keys accepted on the command line that set nothing ({@code type=unixgram}), with their allowed values. */
    default List<SyntaxKey> syntaxKeys() {
        return List.of();
    }

    /** Options of which at most one may be set (with {@code required}, exactly one), by key. */
    default List<ExclusiveGroup> exclusiveGroups() {
        return List.of();
    }

    /** On the command line, giving one key requires giving another ({@code path} requires {@code type}). */
    default List<Requirement> requirements() {
        return List.of();
    }

    /**
     * Members vfkit writes in the component's JSON that have lost what they held: the JSON reader refuses them with
     * the reason, rather than ignoring them as it ignores unknown members ({@code @JsonRefused}).
     */
    default List<RefusedMember> refusedJsonMembers() {
        return List.of();
    }

    /**
     * Parses the options that follow the name ({@code OptionReader.of("port=1025,socketURL=/tmp/s")}) into a checked
     * component.
     *
     * @throws dev.vfkit4j.ConfigException naming the option and value at fault
     */
    T fromOptions(OptionReader options);

    /** Prints the component as vfkit's argv, after checking it: {@code [--device, virtio-vsock,port=1025,...]}. */
    default List<String> toCmdLine(T component) {
        List<String> argv = new ArrayList<>(2);
        appendCmdLine(component, argv, new OptionWriter());
        return Collections.unmodifiableList(argv);
    }

    /**
     * Checks the component and appends its argv to {@code argv}, writing its argument with {@code out}, which the
     * caller may reuse for the next component (printing a VM uses one writer for all of its devices).
     *
     * @throws dev.vfkit4j.ConfigException when it breaks a rule or holds a value vfkit would read differently
     */
    void appendCmdLine(T component, List<String> argv, OptionWriter out);

    /** Checks every rule the record declares. */
    void validate(T component);

    /** A new, empty builder. */
    ComponentBuilder<T> newBuilder();

    /** Options, by key, of which at most one (or, when {@code required}, exactly one) may be set. */
    record ExclusiveGroup(List<String> keys, boolean required) {
        public ExclusiveGroup {
            keys = List.copyOf(keys);
        }
    }

    /** On the command line, {@code key} requires {@code needs}. */
    record Requirement(String key, String needs) {
    }

    /** A JSON member the reader refuses (matched as Go matches field names), and why. */
    record RefusedMember(String member, String reason) {
    }

    /**
     * A key of a {@link ComponentDescriptor#syntaxKeys() syntax-only} option, and the first vfkit release that accepts
     * it (empty: every release, or not known).
     */
    record SyntaxKey(String key, List<String> values, String doc, String since) {
        public SyntaxKey {
            values = List.copyOf(values);
            since = since == null ? "" : since;
        }

        public SyntaxKey(String key, List<String> values, String doc) {
            this(key, values, doc, "");
        }
    }
}
