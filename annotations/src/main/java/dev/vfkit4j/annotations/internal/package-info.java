/** Small helpers shared by the processor and the runtime. Internal: not part of vfkit4j's API. */
package dev.vfkit4j.annotations.internal;
