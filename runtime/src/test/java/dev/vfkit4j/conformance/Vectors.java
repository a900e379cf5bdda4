package dev.vfkit4j.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformance vectors of {@code ../shared/conformance}, produced by vfkit's own Go code, loaded as that folder's
 * README says: {@code $IMAGES} replaced by a temporary directory holding the image files the vectors name.
 */
public final class Vectors {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Vectors() {
    }

    /** One vector: its id, its op and the whole line (with {@code $IMAGES} replaced). */
    public record Vector(String id, String op, JsonNode line) {
        public JsonNode expect() {
            return line.get("expect");
        }

        /** The expectation's {@code accept}: "true", "false", "json-only", "preflight-reject"; null for a skip. */
        public String accept() {
            JsonNode accept = expect().get("accept");
            return accept == null ? null : accept.isBoolean() ? Boolean.toString(accept.booleanValue())
                    : accept.stringValue();
        }

        public String skipReason() {
            JsonNode skip = expect().get("skip");
            return skip == null ? null : skip.stringValue();
        }

        /** The expected command line of an accepted vector. */
        public List<String> expectedCmdLine() {
            return strings(expect().get("cmdline"));
        }

        /** For op {@code argv}: the arguments (null stays null). */
        public List<String> args() {
            JsonNode args = line.get("args");
            return args == null || args.isNull() ? null : strings(args);
        }

        /** For op {@code device}: the {@code --device} value (null stays null). */
        public String arg() {
            JsonNode arg = line.get("arg");
            return arg == null || arg.isNull() ? null : arg.stringValue();
        }

        /** For op {@code json}: the document. */
        public String json() {
            JsonNode json = line.get("json");
            return json == null || json.isNull() ? null : json.stringValue();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** The conformance folder: {@code -Dvfkit4j.conformance.dir}, else {@code ../shared/conformance}. */
    public static Path directory() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("vfkit4j.conformance.dir");
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("..", "..", "shared", "conformance"));
        candidates.add(Path.of("..", "shared", "conformance"));
        candidates.add(Path.of("/work/shared/conformance"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("devices.jsonl"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("conformance vectors not found; tried " + candidates);
    }

    /** Every vector of {@code file} ({@code devices.jsonl} or {@code vms.jsonl}), with {@code $IMAGES} set. */
    public static List<Vector> load(String file, Path images) {
        try {
            List<Vector> vectors = new ArrayList<>();
            for (String text : Files.readAllLines(directory().resolve(file), StandardCharsets.UTF_8)) {
                if (text.isBlank()) {
                    continue;
                }
                JsonNode line = MAPPER.readTree(text.replace("$IMAGES", images.toString()));
                vectors.add(new Vector(line.get("id").stringValue(), line.get("op").stringValue(), line));
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the image files the README lists in a new temporary directory. */
    public static Path createImages() {
        try {
            Path images = Files.createTempDirectory("vfkit4j-images");
            byte[] raw = "0000".getBytes(StandardCharsets.US_ASCII);
            for (String name : List.of("raw.img", "disk2.img", "podman-machine.raw", "crc.img", "with space.img",
                    "ünïcödé-日本.img", "eq=sign.img", "comma,name.img", "quote\"d.img", "cidata.iso")) {
                Files.write(images.resolve(name), raw);
            }
            Files.write(images.resolve("qcow2.img"), new byte[] {0x51, 0x46, 0x49, (byte) 0xfb, 0, 0, 0, 3});
            Files.write(images.resolve("qfi3.img"), "QFI".getBytes(StandardCharsets.US_ASCII));
            Files.write(images.resolve("short.img"), "00".getBytes(StandardCharsets.US_ASCII));
            Files.write(images.resolve("empty.img"), new byte[0]);
            Files.createDirectory(images.resolve("dir"));
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        for (JsonNode element : array) {
            result.add(element.stringValue());
        }
        return result;
    }
}
