package io.jenkins.plugins.cmswebbridge.fields;

import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jvnet.localizer.LocaleProvider;
import org.jvnet.localizer.Localizable;
import org.jvnet.localizer.ResourceBundleHolder;

/**
 * The one place where the engine's validation problems become localized text: each {@link ProblemCode} is the
 * message {@code Problem.}{@link ProblemCode#key() key} of this package's {@code Messages}, in English exactly the
 * engine's own text, and its arguments are the problem's (its parts worded first, in the same language). Values
 * repeated in a problem were clipped and made safe by the engine already.
 */
public final class EngineProblems {

    private static final ResourceBundleHolder MESSAGES = ResourceBundleHolder.get(Messages.class);

    private EngineProblems() {}

    /** The key of a code in {@code Messages}. */
    static String key(ProblemCode code) {
        return "Problem." + code.key();
    }

    /** The problem in the locale of the request being answered (a form check), or else the JVM's. */
    public static String text(ValueProblem problem) {
        return text(problem, LocaleProvider.getLocale());
    }

    public static String text(ValueProblem problem, Locale locale) {
        return problem.render((code, args) -> new Localizable(MESSAGES, key(code), args).toString(locale));
    }

    /**
     * Names or addresses, the first {@value ValueProblem#MAX_LISTED} then how many more ({@code a; b; and 3 more}), in
     * the request's or the JVM's language.
     */
    public static String list(List<String> values) {
        return text(ValueProblem.listOf(values));
    }

    /** What is wrong with a value the engine refused: its problem localized, or else its message as it is. */
    public static String text(IllegalArgumentException refused) {
        return refused instanceof InvalidValueException invalid ? text(invalid.getProblem()) : refused.getMessage();
    }

    /** What went wrong reading a file or setting up on a node: its problem localized, or else its message as it is. */
    public static String text(IOException failed) {
        return failed instanceof ProblemIOException problem ? text(problem.getProblem()) : failed.getMessage();
    }
}
