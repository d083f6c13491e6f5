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
 * Another version of the leak scan to measure this one against, side by side in one run: the sources of a git ref
 * that {@code scripts/bench leak REF} exported to the directory named by the system property {@value #PROPERTY}
 * ({@code src/main/java} and {@code bench/java}). Its own {@link LeakScanMain} and what that uses are compiled with the
 * same release as this build's classes, and run as a process or inside this JVM through a class loader of their own.
 * Going through that version's {@code LeakScanMain} keeps this working whatever its engine's packages are called.
 */
final class ScanVersion {

    static final String PROPERTY = "bench.baseline";

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

    /** The baseline the system property names, compiled; {@code null} without the property. */
    @CheckForNull
    static ScanVersion fromProperty() throws Exception {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path root = Path.of(dir);
        Path classes = root.resolve("classes");
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
                root.resolve("src/main/java") + File.pathSeparator + root.resolve("bench/java"),
                "-cp",
                LeakScanBenchmark.location(CheckForNull.class),
                root.resolve(mainSource).toString());
        if (status != 0) {
            throw new IllegalStateException("the baseline in " + dir + " does not compile");
        }
        return new ScanVersion(System.getProperty(PROPERTY + ".name", "baseline"), classes);
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

    /** The process command of this version's scan, as {@code scan} is of this build's: its class path swapped. */
    List<String> command(List<String> scan) {
        List<String> command = new java.util.ArrayList<>(scan);
        command.set(command.indexOf("-cp") + 1, classes.toString());
        return command;
    }

    /** Runs this version's {@code LeakScanMain} in this JVM; returns what it printed. */
    String runInJvm(String... args) throws Exception {
        return runInJvm(main, args);
    }

    /** Runs a {@code LeakScanMain} in this JVM; returns what it printed. */
    static String runInJvm(Class<?> main, String... args) throws Exception {
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
