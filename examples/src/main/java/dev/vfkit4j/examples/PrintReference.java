package dev.vfkit4j.examples;

import dev.vfkit4j.Reference;

/**
 * Prints the command-line reference of every bootloader and device on the class path, in Markdown: the built-ins
 * (as in {@code docs/reference.md}) and this project's own {@code virtio-console}, which appears because its
 * generated descriptor is registered — nothing here mentions it.
 *
 * <pre>./mvnw -B -q verify -DskipTests -Prun-example -Dexample=dev.vfkit4j.examples.PrintReference</pre>
 */
public final class PrintReference {
    private PrintReference() {
    }

    public static void main(String[] args) {
        System.out.print(Reference.everything());
    }
}
