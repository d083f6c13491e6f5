package io.jenkins.plugins.cmswebbridge.engine.leak;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds files under a directory with Ant-style patterns, as Jenkins' {@code archiveArtifacts} takes them:
 * comma-separated, {@code *} and {@code ?} within a name, {@code **} for any number of directories (none
 * included). Symbolic links are not followed; at most {@link #MAX_FILES} files are returned, sorted.
 */
public final class LogFiles {

    public static final int MAX_FILES = 10_000;

    private LogFiles() {}

    /** What is wrong with a pattern, or {@code null} when it can be used. */
    public static String check(String patterns) {
        if (patterns == null || patterns.isBlank()) {
            return "required; give the CMS syslog files in the workspace, e.g. cms-logs/**/syslog*";
        }
        for (String p : split(patterns)) {
            String q = p.replace('\\', '/');
            if (q.startsWith("/") || q.matches("^[A-Za-z]:.*") || q.startsWith("~")) {
                return "'" + p + "' is absolute; give a pattern relative to the workspace";
            }
            for (String segment : q.split("/")) {
                if (segment.equals("..")) {
                    return "'" + p + "' leaves the workspace with '..'";
                }
            }
        }
        return null;
    }

    /**
     * @return the matching regular files, sorted by their path relative to {@code base}
     * @throws IllegalArgumentException when a pattern is unusable (see {@link #check})
     */
    public static List<Path> find(Path base, String patterns) throws IOException {
        String problem = check(patterns);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        List<Pattern> regexes = new ArrayList<>();
        for (String p : split(patterns)) {
            regexes.add(toRegex(p.replace('\\', '/')));
        }
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(base)) {
            return found;
        }
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && matches(regexes, relative(base, file))) {
                    found.add(file);
                }
                return found.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> relative(base, a).compareTo(relative(base, b)));
        return found;
    }

    static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    private static boolean matches(List<Pattern> regexes, String path) {
        for (Pattern p : regexes) {
            if (p.matcher(path).matches()) {
                return true;
            }
        }
        return false;
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

    /** The Ant pattern as a regular expression over '/'-separated relative paths. */
    static Pattern toRegex(String pattern) {
        String p = pattern.endsWith("/") ? pattern + "**" : pattern;
        StringBuilder rx = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            if (p.startsWith("**/", i)) {
                rx.append("(?:.*/)?");
                i += 3;
            } else if (p.startsWith("**", i)) {
                rx.append(".*");
                i += 2;
            } else {
                char c = p.charAt(i++);
                if (c == '*') {
                    rx.append("[^/]*");
                } else if (c == '?') {
                    rx.append("[^/]");
                } else {
                    rx.append(Pattern.quote(String.valueOf(c)));
                }
            }
        }
        return Pattern.compile(rx.toString());
    }
}
