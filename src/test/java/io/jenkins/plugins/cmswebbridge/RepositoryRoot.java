package io.jenkins.plugins.cmswebbridge;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's root, found from the working directory of the test (the offline build runs in a folder below
 * it, the real build at it): the nearest folder above that holds the {@code Jenkinsfile}.
 */
final class RepositoryRoot {

    private RepositoryRoot() {}

    static Path path() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("Jenkinsfile"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root (with the Jenkinsfile) not found above " + start);
    }

    /** A path relative to the root. */
    static Path resolve(String relative) {
        return path().resolve(relative);
    }
}
