package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout that docs/architecture.md describes holds: a reader finds a class by its package, so no package holds
 * more than {@value #MAX_FILES} files and no class more than {@value #MAX_LINES} lines; packages do not depend on each
 * other in a circle (by what each file imports of another package, Javadoc links included); and the engine imports
 * nothing from Jenkins.
 */
class ArchitectureTest {

    static final int MAX_FILES = 15;
    static final int MAX_LINES = 300;
    private static final String ROOT_PACKAGE = "io.jenkins.plugins.cmswebbridge";
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?(io\\.jenkins\\.plugins\\.cmswebbridge(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED =
            Pattern.compile("\\b(io\\.jenkins\\.plugins\\.cmswebbridge(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]\\w*");
    private static final Pattern JENKINS_IMPORT = Pattern.compile(
            "^import (?:static )?(hudson|jenkins|org\\.jenkinsci|org\\.kohsuke|com\\.cloudbees)\\.", Pattern.MULTILINE);

    private static Path sources() {
        return RepositoryRoot.resolve("src/main/java");
    }

    /** Every main source file by its package. */
    private static Map<String, List<Path>> packages() throws IOException {
        Map<String, List<Path>> packages = new TreeMap<>();
        Path root = sources();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent())
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                packages.computeIfAbsent(pkg, k -> new ArrayList<>()).add(file);
            }
        }
        return packages;
    }

    /** Which other packages of the plugin a source file names, by import or by qualified name. */
    static Set<String> uses(String source, String ownPackage) {
        Set<String> used = new TreeSet<>();
        for (Pattern p : List.of(IMPORT, QUALIFIED)) {
            Matcher m = p.matcher(source);
            while (m.find()) {
                if (!m.group(1).equals(ownPackage) && !source.startsWith("package " + m.group(1) + ";", m.start())) {
                    used.add(m.group(1));
                }
            }
        }
        used.remove(ownPackage);
        return used;
    }

    /** The packages that depend on each other in a circle, each circle listed once; empty when there is none. */
    static List<List<String>> circles(Map<String, Set<String>> graph) {
        List<List<String>> circles = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (String start : graph.keySet()) {
            List<String> path = circleFrom(start, start, graph, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null && reported.add(new TreeSet<>(path).toString())) {
                circles.add(path);
            }
        }
        return circles;
    }

    private static List<String> circleFrom(
            String start, String at, Map<String, Set<String>> graph, List<String> path, Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                return path;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = circleFrom(start, next, graph, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    @Test
    void noPackageHoldsMoreThanFifteenFilesAndNoClassMoreThanThreeHundredLines() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Path>> p : packages().entrySet()) {
            if (p.getValue().size() > MAX_FILES) {
                wrong.add(p.getKey() + ": " + p.getValue().size() + " files");
            }
            for (Path file : p.getValue()) {
                long lines = Files.readAllLines(file).size();
                if (lines > MAX_LINES) {
                    wrong.add(file.getFileName() + ": " + lines + " lines");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void packagesDoNotDependOnEachOtherInACircle() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Map.Entry<String, List<Path>> p : packages().entrySet()) {
            Set<String> used = graph.computeIfAbsent(p.getKey(), k -> new TreeSet<>());
            for (Path file : p.getValue()) {
                used.addAll(uses(Files.readString(file), p.getKey()));
            }
        }
        assertEquals(List.of(), circles(graph));
    }

    @Test
    void theEngineImportsNothingFromJenkins() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Path>> p : packages().entrySet()) {
            if (!p.getKey().startsWith(ROOT_PACKAGE + ".engine")) {
                continue;
            }
            for (Path file : p.getValue()) {
                Matcher m = JENKINS_IMPORT.matcher(Files.readString(file));
                if (m.find()) {
                    wrong.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theCheckersFindWhatTheyLookFor() {
        assertEquals(
                Set.of("io.jenkins.plugins.cmswebbridge.engine.ssh", "io.jenkins.plugins.cmswebbridge.fields"),
                uses(
                        "package io.jenkins.plugins.cmswebbridge.run;\nimport io.jenkins.plugins.cmswebbridge.engine.ssh"
                                + ".RunControl;\nimport io.jenkins.plugins.cmswebbridge.run.Other;\n/** {@link"
                                + " io.jenkins.plugins.cmswebbridge.fields.Fields} */",
                        "io.jenkins.plugins.cmswebbridge.run"));
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a", "d"));
        graph.put("d", Set.of());
        assertEquals(List.of(List.of("a", "b", "c")), circles(graph));
        graph.put("c", Set.of("d"));
        assertEquals(List.of(), circles(graph));
    }
}
