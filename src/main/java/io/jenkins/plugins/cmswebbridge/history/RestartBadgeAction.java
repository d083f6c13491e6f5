package io.jenkins.plugins.cmswebbridge.history;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.BuildBadgeAction;

/**
 * The badge of one restart step next to its build in the build history, e.g. {@code restarted 4/4} or
 * {@code not needed: 12 leaked} ({@link BadgeText}). Added with the build's {@code RestartReportAction}, one per step;
 * it never touches the build's description. Kept in build.xml: a text and a kind, nothing else. Rendered by its
 * {@code badge.jelly}.
 */
public final class RestartBadgeAction implements BuildBadgeAction {

    private final String text;
    private final BadgeText.Kind kind;

    public RestartBadgeAction(BadgeText badge) {
        this.text = badge.text();
        this.kind = badge.kind();
    }

    public String getText() {
        return text == null ? "" : text;
    }

    public BadgeText.Kind getKind() {
        return kind == null ? BadgeText.Kind.UNKNOWN : kind;
    }

    /** The CSS class of the badge's colour, one of Jenkins' semantic colours. */
    public String getColorClass() {
        return "jenkins-!-" + getKind().color() + "-color";
    }

    @CheckForNull
    @Override
    public String getIconFileName() {
        return null;
    }

    @CheckForNull
    @Override
    public String getDisplayName() {
        return null;
    }

    @CheckForNull
    @Override
    public String getUrlName() {
        return null;
    }
}
