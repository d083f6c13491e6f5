package io.jenkins.plugins.cmswebbridge.engine.restart;

/**
 * Turns an MMP command's exit status and output into a {@link Verdict}. The MMP prints {@code SUCCESS:} or
 * {@code FAILURE:} lines and plain-text errors; its exec exit status is not documented, so status and text
 * are read together: any sign of failure in either makes the command fail, and only a {@code SUCCESS:} line
 * confirms it. An answer with neither confirms nothing (it fails closed): the reason quotes it. The answer is
 * judged as a terminal shows it, and as a whole: {@link AnswerReader} reads every byte of it as it streams in.
 */
public final class OutputClassifier {

    /** Lines of output kept in a reason. */
    static final int EXCERPT_LINES = 5;
    /** Characters of output kept in a reason. */
    static final int EXCERPT_CHARS = 400;

    private OutputClassifier() {}

    /**
     * @param exitStatus the exec exit status, or {@code null} when the MMP sent none
     * @param output the whole output, stdout and stderr as received
     */
    public static Verdict classify(Integer exitStatus, String output) {
        return classify(exitStatus, AnswerSigns.of(output));
    }

    /**
     * @param exitStatus the exec exit status, or {@code null} when the MMP sent none
     * @param signs what the whole output shows, read as it streamed in
     */
    static Verdict classify(Integer exitStatus, AnswerSigns signs) {
        if (signs.failureLine() != null) {
            return Verdict.failure("MMP answered " + signs.failureLine());
        }
        if (signs.passwordChange()) {
            return Verdict.failure("MMP password expired: the account must change its password before it can run"
                    + " commands; log in once interactively, change it, and update the Jenkins credentials. Output: "
                    + signs.excerpt());
        }
        if (signs.permissionDenied()) {
            return Verdict.failure("MMP refused the command (permission denied; the account needs the admin role): "
                    + signs.excerpt());
        }
        if (signs.unknownCommand()) {
            return Verdict.failure(
                    "MMP does not know the command (check the service: webbridge or webbridge3): " + signs.excerpt());
        }
        if (exitStatus != null && exitStatus != 0) {
            return Verdict.failure(
                    signs.isBlank()
                            ? "command exited with status " + exitStatus + " and printed nothing"
                            : "command exited with status " + exitStatus + ": " + signs.excerpt());
        }
        if (signs.successLine() != null) {
            return Verdict.success(signs.successLine());
        }
        String status = exitStatus == null ? "no exit status" : "exit status " + exitStatus;
        return Verdict.unconfirmed(signs.isBlank() ? "no output, " + status : status + ", output: " + signs.excerpt());
    }

    /** The first lines of the output as a terminal shows them, joined by " | " and bounded in size. */
    public static String excerpt(String text) {
        return AnswerSigns.of(text).excerpt();
    }
}
