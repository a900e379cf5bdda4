/**
 * vfkit's JSON, read and written with Jackson: {@link dev.vfkit4j.json.VfkitJson} for whole documents and a shared
 * mapper, {@link dev.vfkit4j.json.VfkitJsonModule} for mappers of your own. Devices and bootloaders are handled from
 * their generated descriptors, so custom {@code @VfkitDevice} records need no registration.
 */
package dev.vfkit4j.json;
