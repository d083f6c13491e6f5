package io.jenkins.plugins.cmswebbridge.hostkey;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A strategy configured by one text field: known hosts lines, pasted keys or a file path. Two such strategies are
 * equal when they are of the same class with the same value, so that the Snippet Generator leaves out one equal to
 * the default.
 */
public abstract class OneFieldStrategy extends HostKeyVerificationStrategy {

    private static final long serialVersionUID = 1L;

    /** The field's value as the strategy keeps it (never {@code null}). */
    protected abstract String value();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value().equals(((OneFieldStrategy) o).value());
    }

    @Override
    public final int hashCode() {
        return 31 * getClass().getName().hashCode() + value().hashCode();
    }

    /** The descriptor of a one-field strategy: Test connection sends that field, and the strategy is built from it. */
    public abstract static class OneFieldDescriptor extends HostKeyVerificationStrategyDescriptor {

        private final String field;
        private final Function<String, HostKeyVerificationStrategy> fromValue;

        /**
         * @param field the name of the strategy's form field and constructor parameter
         * @param fromValue the strategy's constructor
         */
        protected OneFieldDescriptor(String field, Function<String, HostKeyVerificationStrategy> fromValue) {
            this.field = field;
            this.fromValue = fromValue;
        }

        @Override
        protected final List<String> strategyFields() {
            return List.of(field);
        }

        @Override
        protected final HostKeyVerificationStrategy fromForm(UnaryOperator<String> form) {
            return fromValue.apply(form.apply(field));
        }
    }
}
