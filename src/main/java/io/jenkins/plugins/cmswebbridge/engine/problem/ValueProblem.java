package io.jenkins.plugins.cmswebbridge.engine.problem;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * What is wrong with a value, as a {@link ProblemCode} and its arguments, so that whoever shows it can word it: the
 * engine in English ({@link #english()}, what its exceptions, logs and reports say), the glue in the language of the
 * form or the build. An argument is a string (already clipped and made safe with {@link Text} where it repeats a
 * value), a number, or another problem (a part of this one), which is worded the same way first.
 */
public record ValueProblem(ProblemCode code, List<Object> args) implements Serializable {

    /** Problems named in a list; the rest are counted. */
    public static final int MAX_LISTED = 20;

    /** Words one code with its arguments (problems among them already worded). */
    @FunctionalInterface
    public interface Wording {
        String format(ProblemCode code, Object[] args);
    }

    /** The engine's own wording: the code's English text. */
    public static final Wording ENGLISH = (code, args) -> new MessageFormat(code.english(), Locale.ROOT).format(args);

    public ValueProblem {
        args = List.copyOf(args);
    }

    public static ValueProblem of(ProblemCode code, Object... args) {
        return new ValueProblem(code, List.of(args));
    }

    /**
     * The first {@value #MAX_LISTED} of some problems, then how many more there are: {@code a; b; and 3 more}.
     *
     * @param first at least the first {@value #MAX_LISTED} problems (more are ignored), at least one
     * @param total how many problems there are in all
     */
    public static ValueProblem several(List<ValueProblem> first, int total) {
        int shown = Math.min(MAX_LISTED, first.size());
        if (shown == 0) {
            throw new IllegalArgumentException("no problem to list");
        }
        ValueProblem list = first.get(0);
        for (int i = 1; i < shown; i++) {
            list = of(ProblemCode.LIST_THEN, list, first.get(i));
        }
        return total > shown ? of(ProblemCode.LIST_THEN, list, of(ProblemCode.LIST_MORE, total - shown)) : list;
    }

    /** {@link #several(List, int)} of a whole list. */
    public static ValueProblem several(List<ValueProblem> problems) {
        return several(problems, problems.size());
    }

    /**
     * Plain values (names, addresses, already made safe) as {@link #several(List)} lists problems: {@code a; b; and 3
     * more}, each value a {@link ProblemCode#TEXT} part, so that only the tail is worded.
     */
    public static ValueProblem listOf(List<String> values) {
        return several(
                values.stream()
                        .limit(MAX_LISTED)
                        .map(v -> of(ProblemCode.TEXT, v))
                        .toList(),
                values.size());
    }

    /** This problem as the named field's. */
    public ValueProblem inField(String field) {
        return of(ProblemCode.IN_FIELD, field, this);
    }

    /** This problem worded by {@code wording}, its parts first. */
    public String render(Wording wording) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            values[i] = arg instanceof ValueProblem part ? part.render(wording) : arg;
        }
        return wording.format(code, values);
    }

    /** The English text. */
    public String english() {
        return render(ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
