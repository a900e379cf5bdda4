/**
 * Every device vfkit knows, each an annotated record compiled by the vfkit4j processor into a parser, printer,
 * builder and descriptor beside it (see {@code target/generated-sources/annotations}).
 */
package dev.vfkit4j.devices;
