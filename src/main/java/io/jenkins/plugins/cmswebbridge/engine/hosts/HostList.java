package io.jenkins.plugins.cmswebbridge.engine.hosts;

import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.Serializable;
import java.util.List;

/**
 * A parsed host list: the hosts to restart in the order written, and a warning for each duplicate dropped, to be
 * worded by whoever shows it.
 */
public final class HostList implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<HostAddress> hosts;
    private final List<ValueProblem> duplicates;

    HostList(List<HostAddress> hosts, List<ValueProblem> duplicates) {
        this.hosts = List.copyOf(hosts);
        this.duplicates = List.copyOf(duplicates);
    }

    public List<HostAddress> getHosts() {
        return hosts;
    }

    /**
     * One warning per entry that repeats an earlier one ({@link ProblemCode#HOST_DUPLICATE}); the repeat is not
     * restarted twice.
     */
    public List<ValueProblem> getDuplicates() {
        return duplicates;
    }
}
