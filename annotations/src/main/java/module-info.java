/**
 * The annotations that declare a vfkit device or bootloader as a record: {@code @VfkitDevice}, {@code @Option}, ...
 * No dependencies.
 */
// "module": the runtime is built after this module, so javac cannot find it yet.
@SuppressWarnings("module")
module dev.vfkit4j.annotations {
    exports dev.vfkit4j.annotations;
    // Shared with the runtime only; the processor runs from the processor path, where module descriptors do not apply.
    exports dev.vfkit4j.annotations.internal to dev.vfkit4j;
}
