package dev.vfkit4j.benchmarks;

import dev.vfkit4j.processor.VfkitProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * vfkit4j's processor, timed: the time javac spends inside its {@code init} and {@code process} (the processor's own
 * work, javac's look-ups on its behalf and the writing of its files, not the compiling of what it wrote), added up
 * over the rounds, wall and CPU time of the calling thread, and written as two numbers of nanoseconds to the file
 * named by the {@value #OUTPUT_OPTION} option after the last round.
 */
public final class TimedProcessor implements Processor {
    static final String OUTPUT_OPTION = "vfkit4j.timing.output";

    private final Processor processor = new VfkitProcessor();
    private ProcessingEnvironment environment;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long nanos;
    private long cpuNanos;

    @Override
    public Set<String> getSupportedOptions() {
        Set<String> options = new HashSet<>(processor.getSupportedOptions());
        options.add(OUTPUT_OPTION);
        return options;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment processingEnv) {
        environment = processingEnv;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        processor.init(processingEnv);
        cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
        nanos += System.nanoTime() - start;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        boolean claimed = processor.process(annotations, round);
        cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
        nanos += System.nanoTime() - start;
        String output = environment.getOptions().get(OUTPUT_OPTION);
        if (round.processingOver() && output != null) {
            try {
                Files.writeString(Path.of(output), nanos + " " + cpuNanos);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return claimed;
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
            ExecutableElement member, String userText) {
        return processor.getCompletions(element, annotation, member, userText);
    }
}
