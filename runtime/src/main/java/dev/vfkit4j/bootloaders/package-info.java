/** vfkit's bootloaders, annotated records compiled by the vfkit4j processor like the devices. */
package dev.vfkit4j.bootloaders;
