package io.jenkins.plugins.cmswebbridge.fields;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * How the setters of the build step, the conditions, the host key strategies and a deployment keep a text option, so
 * that the same option is stored the same way wherever it is set: never {@code null}, and an identifier without the
 * spaces around it. What the value means is checked later, all at once, by the resolver.
 */
public final class Stored {

    private Stored() {}

    /** A text as typed (a host list, keys, a certificate keep their lines and spaces); {@code null} is empty. */
    public static String text(@CheckForNull String value) {
        return value == null ? "" : value;
    }

    /** An identifier (a credentials id, a name, a path): {@code null} is empty, and the spaces around it go. */
    public static String trimmed(@CheckForNull String value) {
        return value == null ? "" : value.trim();
    }
}
