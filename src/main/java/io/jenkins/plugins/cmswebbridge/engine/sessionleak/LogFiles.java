package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds files under a directory with Ant-style patterns, as Jenkins' {@code archiveArtifacts} takes them:
 * comma-separated, {@code *} and {@code ?} within a name, {@code **} for any number of directories (none
 * included). Only regular files are returned: symbolic links are not followed, and devices and pipes are never
 * opened. At most {@link #MAX_FILES} files are returned, sorted, and the result says when there were more (the
 * first ones the walk met are kept: the walk cannot be sorted without listing every file first).
 *
 * <p>Matching never backtracks exponentially: names are matched with the usual two-pointer wildcard algorithm and
 * paths with a table over pattern and path segments, so the time is bounded by the product of their lengths.
 */
public final class LogFiles {

    public static final int MAX_FILES = 10_000;

    /** The files found, and whether more files matched than were kept. */
    public record Found(List<Path> files, boolean more) {}

    private LogFiles() {}

    /** What is wrong with a pattern, in English, or {@code null} when it can be used. */
    @CheckForNull
    public static String check(String patterns) {
        ValueProblem problem = problem(patterns);
        return problem == null ? null : problem.english();
    }

    /** The same as a problem, to be worded; {@code null} when the pattern can be used. */
    @CheckForNull
    public static ValueProblem problem(String patterns) {
        if (patterns == null || patterns.isBlank()) {
            return ValueProblem.of(ProblemCode.LOGS_REQUIRED);
        }
        for (String p : split(patterns)) {
            String q = p.replace('\\', '/');
            if (q.startsWith("/") || q.matches("^[A-Za-z]:.*") || q.startsWith("~")) {
                return ValueProblem.of(ProblemCode.LOGS_ABSOLUTE, Text.clip(p, 80));
            }
            for (String segment : q.split("/")) {
                if (segment.equals("..")) {
                    return ValueProblem.of(ProblemCode.LOGS_LEAVES_WORKSPACE, Text.clip(p, 80));
                }
            }
        }
        return null;
    }

    /**
     * @return the matching regular files, sorted by their path relative to {@code base}; when more than {@link
     *     #MAX_FILES} match, the first {@link #MAX_FILES} met by the walk (in the file system's order)
     * @throws InterruptedIOException when the thread is interrupted during the walk
     * @throws InvalidValueException when a pattern is unusable (see {@link #problem})
     */
    public static Found find(Path base, String patterns) throws IOException {
        ValueProblem problem = problem(patterns);
        if (problem != null) {
            throw new InvalidValueException(problem, null);
        }
        List<String[]> compiled = new ArrayList<>();
        for (String p : split(patterns)) {
            String q = p.replace('\\', '/');
            compiled.add((q.endsWith("/") ? q + "**" : q).split("/+"));
        }
        List<Path> found = new ArrayList<>();
        boolean[] more = {false};
        if (!Files.isDirectory(base)) {
            return new Found(found, false);
        }
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                abortIfInterrupted();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                abortIfInterrupted();
                if (attrs.isRegularFile()
                        && matchesAny(compiled, relative(base, file).split("/"))) {
                    if (found.size() == MAX_FILES) {
                        more[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> relative(base, a).compareTo(relative(base, b)));
        return new Found(found, more[0]);
    }

    /** A walk through a huge tree must still end at an abort. */
    private static void abortIfInterrupted() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("looking for the log files was interrupted");
        }
    }

    static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    private static boolean matchesAny(List<String[]> patterns, String[] path) {
        for (String[] pattern : patterns) {
            if (matchPath(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether path segments match pattern segments, {@code **} standing for any number of segments (none
     * included). A table over (pattern segment, path segment): time is the product of their counts.
     */
    static boolean matchPath(String[] pattern, String[] path) {
        int p = pattern.length;
        int n = path.length;
        // can[i][j]: pattern[i..] matches path[j..]
        boolean[][] can = new boolean[p + 1][n + 1];
        can[p][n] = true;
        for (int i = p - 1; i >= 0; i--) {
            boolean any = pattern[i].equals("**");
            for (int j = n; j >= 0; j--) {
                if (any) {
                    can[i][j] = can[i + 1][j] || j < n && can[i][j + 1];
                } else {
                    can[i][j] = j < n && can[i + 1][j + 1] && matchName(pattern[i], path[j]);
                }
            }
        }
        return can[0][0];
    }

    /**
     * Whether a name matches a pattern of {@code *} (any characters) and {@code ?} (one character): the two-pointer
     * algorithm that returns only to the last {@code *}, so the time is at most the product of the lengths.
     */
    static boolean matchName(String pattern, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int resume = 0;
        while (n < name.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == name.charAt(n))) {
                p++;
                n++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = n;
            } else if (star >= 0) {
                p = star + 1;
                n = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static List<String> split(String patterns) {
        List<String> list = new ArrayList<>();
        for (String p : patterns.split(",")) {
            if (!p.isBlank()) {
                list.add(p.trim());
            }
        }
        return list;
    }
}
