package io.jenkins.plugins.cmswebbridge.engine;

import java.io.Serializable;
import java.util.List;

/**
 * A parsed host list: the hosts to restart in the order written, and a note for each duplicate dropped.
 */
public final class HostList implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<HostAddress> hosts;
    private final List<String> duplicates;

    HostList(List<HostAddress> hosts, List<String> duplicates) {
        this.hosts = List.copyOf(hosts);
        this.duplicates = List.copyOf(duplicates);
    }

    public List<HostAddress> getHosts() {
        return hosts;
    }

    /** One message per entry that repeats an earlier one; the repeat is not restarted twice. */
    public List<String> getDuplicates() {
        return duplicates;
    }
}
