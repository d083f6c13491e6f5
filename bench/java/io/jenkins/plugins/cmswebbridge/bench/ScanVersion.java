package io.jenkins.plugins.cmswebbridge.bench;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * One version of the leak scan, compiled here from a tree of its sources ({@code src/main/java} and
 * {@code bench/java}): its own {@link LeakScanMain} and what that uses, with the same Java release as this build's
 * classes. It runs as a process or inside this JVM through a class loader of its own. The two sides of a comparison
 * are made alike, so that only their sources differ; going through each version's {@code LeakScanMain} keeps this
 * working whatever its engine's packages are called.
 */
final class ScanVersion {

    private final String name;
    private final Path classes;
    private final Class<?> main;

    private ScanVersion(String name, Path classes) throws Exception {
        this.name = name;
        this.classes = classes;
        URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        this.main = loader.loadClass(LeakScanMain.class.getName());
    }

    /** Compiles the version whose sources are under {@code sources} into {@code classes}. */
    static ScanVersion compile(String name, Path sources, Path classes) throws Exception {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String mainSource = "bench/java/" + LeakScanMain.class.getName().replace('.', '/') + ".java";
        int status = javac.run(
                null,
                null,
                null,
                "--release",
                String.valueOf(release(LeakScanMain.class)),
                "-proc:none",
                "-implicit:class",
                "-nowarn",
                "-d",
                classes.toString(),
                "-sourcepath",
                sources.resolve("src/main/java") + File.pathSeparator + sources.resolve("bench/java"),
                "-cp",
                LeakScanBenchmark.location(CheckForNull.class),
                sources.resolve(mainSource).toString());
        if (status != 0) {
            throw new IllegalStateException(name + " in " + sources + " does not compile");
        }
        return new ScanVersion(name, classes);
    }

    /** The Java release a class was compiled for, from its class file's major version. */
    private static int release(Class<?> type) throws Exception {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class");
                DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor
            return data.readUnsignedShort() - 44;
        }
    }

    String name() {
        return name;
    }

    /** The process command of this version's scan: {@code scan}, another version's, with the class path swapped. */
    List<String> command(List<String> scan) {
        List<String> command = new java.util.ArrayList<>(scan);
        command.set(command.indexOf("-cp") + 1, classes.toString());
        return command;
    }

    /** Runs this version's {@code LeakScanMain} in this JVM; returns what it printed. */
    String runInJvm(String... args) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            main.getMethod("main", String[].class).invoke(null, (Object) args);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
